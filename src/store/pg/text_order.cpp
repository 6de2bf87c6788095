#include "store/pg/text_order.h"

#include <string>

namespace nc::store::pg {

Status require_code_point_order(Connection& c) {
  // datlocprovider ('c' libc, 'i' ICU) exists from PostgreSQL 15 on.
  const bool has_provider = c.server_version() >= 150000;
  auto rows =
      c.query(has_provider ? "SELECT datcollate, datlocprovider FROM pg_database WHERE datname = current_database()"
                           : "SELECT datcollate, 'c' FROM pg_database WHERE datname = current_database()",
              "reading the database's collation");
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::Error(Code::kStorage, "reading the database's collation: no such database");
  const std::string collate(rows->text(0, 0));
  const std::string provider(rows->text(0, 1));
  const bool code_point = provider == "c" && (collate == "C" || collate == "POSIX" || collate == "C.UTF-8" ||
                                              collate == "C.utf8" || collate == "C.UTF8");
  if (code_point) return Status::Ok();
  return Status::Error(Code::kStorage, "the database compares text by the collation \"" + collate + "\"" +
                                           (provider == "i" ? " (ICU)" : "") +
                                           "; netconduct needs code point order, as SQLite's: create the database with"
                                           " TEMPLATE template0 LOCALE 'C.UTF-8' (or ENCODING 'UTF8' LOCALE 'C')");
}

}  // namespace nc::store::pg
