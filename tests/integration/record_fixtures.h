// What the registers' integration tests (issue 10) share: making a record
// over HTTP as a given account, and the stored rows a refused request must
// leave exactly as they were (read straight from the database file).
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>

#include "demo_server.h"

namespace nc::integration {

// POST /api/v1/records/{kind} by `who` with `fields`: the new record's id;
// 0, with a test failure naming the answer, when it was not created.
inline std::uint64_t make_record(const DemoServer& server, const Session& who, const std::string& kind,
                                 const nlohmann::json& fields) {
  HttpResult r = server.call(who, "POST", "/api/v1/records/" + kind, nlohmann::json{{"fields", fields}});
  EXPECT_EQ(r.status, 201) << kind << ": " << r.body;
  if (r.status != 201) return 0;
  const nlohmann::json answer = nlohmann::json::parse(r.body, nullptr, false);
  if (!answer.is_object() || !answer["record"]["id"].is_number_unsigned()) {
    ADD_FAILURE() << kind << ": no record id in " << r.body;
    return 0;
  }
  return answer["record"]["id"].get<std::uint64_t>();
}

// The rows each query returns, cell after cell as stored (bytes, "NULL" for
// none), each followed by '|', a line per row: equal strings, equal rows.
inline std::string stored_rows(const std::filesystem::path& db_file, std::initializer_list<const char*> queries) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(db_file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return "cannot open " + db_file.string();
  }
  sqlite3_busy_timeout(db, 5000);
  for (const char* sql : queries) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
      out += std::string("cannot prepare: ") + sql + "\n";
      continue;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        if (sqlite3_column_type(st, c) == SQLITE_NULL) {
          out += "NULL";
        } else if (const void* v = sqlite3_column_blob(st, c)) {  // nullptr for an empty value
          out.append(static_cast<const char*>(v), static_cast<std::size_t>(sqlite3_column_bytes(st, c)));
        }
        out += "|";
      }
      out += "\n";
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return out;
}

// The registers' records and steps and the count of the audit entries of
// their writes (reads of records and pages left out).
inline std::string stored_registers(const std::filesystem::path& db_file) {
  return stored_rows(db_file, {"SELECT * FROM workflow_records ORDER BY id", "SELECT * FROM workflow_steps ORDER BY rowid",
                               "SELECT count(*) FROM audit_log WHERE action LIKE 'record.%' AND action != 'record.read'"
                               " AND action != 'record.list'"});
}

}  // namespace nc::integration
