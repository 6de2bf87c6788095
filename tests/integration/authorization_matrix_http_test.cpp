// The authorization matrix over HTTP, against the real binary: every route the
// server registers (it prints them with --test-print-routes) × every role ×
// target inside / below / outside the actor's organisation × own / someone
// else's, each sent as a real request and its status compared with the table
// written by hand in cases/http_authorization_matrix.txt. A route without a
// request template or without rows for every cell fails the test; so does a
// row or template that matches no route. A route may have several templates,
// each named by a variant after its pattern ("GET /api/v1/records/{kind}
// @report": the same route for another record kind) with rows of its own.
//
// Beyond the status: no response may carry data outside the caller's scope
// (the fixture's codes and numbers say where each thing sits, see Leaks), and
// a write that is refused must leave the stored state as it was (Digest).
//
// The world, seeded once through the API on top of the demo data:
//   R = DW001 (demo root) > W  JZDW  党委    the approver's committee
//                              > A  MX_A   党总支  the actors' organisation
//                                   > A1 MX_A_1 党支部  "below"
//                                   > A2 MX_A_2 党总支  below, a container
//                          > B  MX_B   党支部  "outside"
//                          > C  MX_C   党总支  outside, a container
// One account per role, each linked to its own member in A (MX_A-P01…P08)
// and holding one grant on A (none: no grant; system_admin: global;
// approver: on W, the 党委 that contains A — so self and below are inside
// its committee and outside is not); other members MX_A-P90 (A), MX_A_1-P91
// (A1), MX_B-P92 (B), cadres (是否党员干部), each with an account of their
// own that writes statements and asks approvals; a target account mx-target
// with no member and no role. Columns: anon (no session), none, member,
// branch_secretary, committee_member, committee_admin, auditor, system_admin,
// approver.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

#include "demo_server.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

const std::vector<std::string> kColumns = {"anon",           "none",    "member",       "branch_secretary", "committee_member",
                                           "committee_admin", "auditor", "system_admin", "approver"};
const std::vector<std::string> kWheres = {"self", "below", "outside"};
const std::vector<std::string> kWhoses = {"own", "other"};

// ---- multipart bodies -----------------------------------------------------------

constexpr const char* kBoundary = "----ncMatrixBoundary";

std::uint32_t crc32(std::string_view bytes) {
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : bytes) {
    c ^= b;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
  }
  return c ^ 0xFFFFFFFFu;
}

void put_u32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

void png_chunk(std::string& out, const std::string& type, const std::string& data) {
  put_u32(out, static_cast<std::uint32_t>(data.size()));
  out += type + data;
  put_u32(out, crc32(type + data));
}

// A 1×1 grey PNG: IHDR, one IDAT (a zlib stream of one stored block), IEND.
std::string tiny_png() {
  std::string out("\x89PNG\r\n\x1a\n", 8);
  std::string ihdr;
  put_u32(ihdr, 1);
  put_u32(ihdr, 1);
  ihdr += std::string("\x08\x00\x00\x00\x00", 5);  // 8-bit greyscale, deflate, no filter method, no interlace
  png_chunk(out, "IHDR", ihdr);
  const std::string raw("\x00\x80", 2);  // filter none, one grey pixel
  std::string z("\x78\x01", 2);
  z += std::string("\x01\x02\x00\xFD\xFF", 5) + raw;  // final stored block of 2 bytes
  std::uint32_t a = 1, b = 0;
  for (unsigned char c : raw) {
    a = (a + c) % 65521;
    b = (b + a) % 65521;
  }
  put_u32(z, (b << 16) | a);
  png_chunk(out, "IDAT", z);
  png_chunk(out, "IEND", "");
  return out;
}

std::string multipart_png(const std::string& name) {
  return std::string("--") + kBoundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name +
         "\"\r\nContent-Type: image/png\r\n\r\n" + tiny_png() + "\r\n--" + kBoundary + "--\r\n";
}

// ---- the table ---------------------------------------------------------------

// "PATTERN@variant" → PATTERN, variant ("" when none).
std::pair<std::string, std::string> variant_of(const std::string& text) {
  const std::size_t at = text.find('@');
  if (at == std::string::npos) return {text, ""};
  return {text.substr(0, at), text.substr(at + 1)};
}

struct Template {
  int line = 0;
  std::string method, pattern, variant;
  std::set<std::string> options;  // where, whose, ends_session
  std::string target, body;
  int uses = 0;
};

struct Row {
  int line = 0;
  std::string method, pattern, variant, where, whose;
  std::vector<int> cells;
  int uses = 0;
};

std::vector<std::string> split(const std::string& text, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = text.find(sep, start);
    out.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) break;
    start = at + sep.size();
  }
  return out;
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

struct Table {
  std::vector<Template> templates;
  std::vector<Row> rows;
};

Table load_table() {
  Table t;
  std::ifstream in(std::string(NC_INTEGRATION_CASES) + "/http_authorization_matrix.txt");
  EXPECT_TRUE(in) << "cannot open the matrix";
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    if (trim(text).empty() || trim(text)[0] == '#') continue;
    if (text.rfind("request |", 0) == 0) {
      auto parts = split(trim(text) + " ", " | ");  // a line may end in " |" (no body)
      EXPECT_GE(parts.size(), 4u) << "line " << line << ": request | METHOD PATTERN | options | target | body";
      if (parts.size() < 4) continue;
      Template tp;
      tp.line = line;
      std::istringstream route(parts[1]);
      route >> tp.method >> tp.pattern;
      std::tie(tp.pattern, tp.variant) = variant_of(tp.pattern);
      for (const auto& o : split(trim(parts[2]), ",")) {
        if (o != "-" && !o.empty()) tp.options.insert(o);
      }
      for (const auto& o : tp.options) {
        EXPECT_TRUE(o == "where" || o == "whose" || o == "ends_session") << "line " << line << ": option " << o;
      }
      tp.target = trim(parts[3]);
      tp.body = parts.size() > 4 ? unescape(trim(parts[4])) : "";
      t.templates.push_back(tp);
      continue;
    }
    std::istringstream fields(text);
    Row row;
    row.line = line;
    fields >> row.method >> row.pattern >> row.where >> row.whose;
    std::tie(row.pattern, row.variant) = variant_of(row.pattern);
    EXPECT_TRUE(row.where == "*" || std::count(kWheres.begin(), kWheres.end(), row.where)) << "line " << line;
    EXPECT_TRUE(row.whose == "*" || std::count(kWhoses.begin(), kWhoses.end(), row.whose)) << "line " << line;
    std::string cell;
    while (fields >> cell) {
      const bool number = !cell.empty() && std::all_of(cell.begin(), cell.end(), ::isdigit);
      EXPECT_TRUE(number) << "line " << line << ": cells are HTTP statuses, not " << cell;
      row.cells.push_back(number ? std::stoi(cell) : 0);
    }
    EXPECT_EQ(row.cells.size(), kColumns.size()) << "line " << line;
    t.rows.push_back(row);
  }
  return t;
}

// ---- leaks ---------------------------------------------------------------------
// Every fixture code and name says where it sits: MX_A_1 (an organisation
// code), MXN_A_1 (its name), MX_A_1-P91 (a member number in A1). A token in a
// response that the role may not see is a leak, unless the request itself
// carried it (an error may name what was asked for).

struct Viewer {
  std::string role;
  std::string own_number;  // the actor's member number
};

bool org_visible(const std::string& role, const std::vector<std::string>& path) {
  if (role == "system_admin") return true;
  if (role == "anon" || path.empty() || path[0] != "A") return false;
  if (role == "committee_admin" || role == "auditor" || role == "approver") return true;  // approver: W contains A
  return path.size() == 1;  // none (its own entry names it), member and branch roles: A itself
}

bool member_visible(const Viewer& v, const std::string& number, const std::vector<std::string>& path) {
  if (v.role == "anon") return false;
  if (number == v.own_number) return true;
  if (path.empty() || path[0] != "A") return false;
  if (v.role == "committee_admin" || v.role == "auditor") return true;
  // The approver on W reads the requests of the cadres below it, named with their subjects.
  if (v.role == "approver") return true;
  if (v.role == "branch_secretary" || v.role == "committee_member") return path.size() == 1;
  return false;
}

const std::regex& token_pattern() {
  static const std::regex kToken("(MXN|MX)((?:_[A-Z0-9]+)+)(-P[0-9]+)?");
  return kToken;
}

std::set<std::string> tokens(const std::string& text) {
  std::set<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), token_pattern()); it != std::sregex_iterator(); ++it) {
    out.insert(it->str());
  }
  return out;
}

std::vector<std::string> leaks(const Viewer& v, const std::string& body, const std::string& request) {
  std::vector<std::string> out;
  const std::set<std::string> asked = tokens(request);
  for (auto it = std::sregex_iterator(body.begin(), body.end(), token_pattern()); it != std::sregex_iterator(); ++it) {
    const std::string token = it->str();
    if (asked.count(token)) continue;
    std::vector<std::string> path = split((*it)[2].str().substr(1), "_");
    const bool member = (*it)[3].matched;
    // The system administrator finds members by name or number to link
    // accounts (member.find), and sees no member elsewhere.
    const bool finding = v.role == "system_admin" && request.rfind("/api/v1/members/search", 0) == 0;
    const bool visible = member ? finding || member_visible(v, token, path) : org_visible(v.role, path);
    if (!visible) out.push_back(token);
  }
  // The demo data sits outside A: its organisations are the system
  // administrator's to see, its members nobody's here.
  static const std::vector<std::string> kDemoOrgs = {"DW001",    "ZZ001",          "ZB001",          "ZB002",
                                                     "ZB003",    "示范单位党委",   "机关党总支",     "机关第一党支部",
                                                     "机关第二党支部", "业务党支部"};
  // Except the demo root, R, the 上级党组织 of A: named to whoever may read A
  // (an organisation page names the chain above it).
  const bool reads_a = v.role != "anon" && v.role != "none";
  if (v.role != "system_admin") {
    for (const auto& s : kDemoOrgs) {
      if (reads_a && (s == std::string("DW001") || s == std::string("示范单位党委"))) continue;
      if (body.find(s) != std::string::npos) out.push_back(s);
    }
  }
  if (body.find("DY0") != std::string::npos) out.push_back("DY0… (a demo member number)");
  return out;
}

// ---- what is stored --------------------------------------------------------------

// Everything a write could change, read straight from the database.
std::string digest(const fs::path& db_file) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(db_file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return "cannot open";
  sqlite3_busy_timeout(db, 5000);
  for (const char* table : {"organisations", "organisation_parents", "organisation_events", "members",
                            "member_org_history", "member_status_history", "users", "role_grants",
                            "record_statements", "activation_codes", "workflow_records", "workflow_steps"}) {
    const std::string sql = std::string("SELECT * FROM ") + table + " ORDER BY rowid";
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      out += std::string("no table ") + table;
      continue;
    }
    out += std::string("\n[") + table + "]";
    while (sqlite3_step(st) == SQLITE_ROW) {
      out += "\n";
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        const unsigned char* v = sqlite3_column_text(st, c);
        out += (v ? reinterpret_cast<const char*>(v) : "NULL");
        out += "|";
      }
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return out;
}

// ---- the world -----------------------------------------------------------------

struct Actor {
  std::string role, username, password;
  int user_id = 0, member_id = 0;
  std::string number;
  Session session;
};

class World {
 public:
  explicit World(DemoServer& s) : s_(s) {}

  void seed() {
    setup_ = s_.login("dwadmin");
    admin_ = s_.login("admin");
    ASSERT_EQ(setup_.status, 200);
    ASSERT_EQ(admin_.status, 200);
    org_["R"] = 1;
    // W: a 党委 named without a fixture token (it is above A, read by whoever reads A's chain).
    HttpResult w = s_.call(setup_, "POST", "/api/v1/organisations",
                           json{{"parent", 1}, {"code", "JZDW"}, {"name", "矩阵党委"}, {"type", "committee"}});
    ASSERT_EQ(w.status, 201) << w.body;
    org_["W"] = json::parse(w.body)["organisation"]["id"].get<int>();
    create_org("A", org_["W"], "general_branch");
    create_org("A_1", org_["A"], "branch");
    create_org("A_2", org_["A"], "general_branch");
    create_org("B", 1, "branch");
    create_org("C", 1, "general_branch");

    std::string csv = "姓名,党员编号,组织编码,人员类别,是否党员干部\n";
    for (std::size_t i = 1; i < kColumns.size(); ++i) csv += "矩阵党员" + std::to_string(i) + "," + number(i) + ",MX_A,正式党员,否\n";
    csv += "矩阵他人甲,MX_A-P90,MX_A,正式党员,是\n矩阵他人乙,MX_A_1-P91,MX_A_1,正式党员,是\n矩阵他人丙,MX_B-P92,MX_B,正式党员,是\n";
    csv += "矩阵出题人,MX_A-P93,MX_A,正式党员,否\n";  // the quiz maker of A, A_1 and B ({question}, {quiz})
    HttpResult imported = s_.call(setup_, "POST", "/api/v1/import/roster", csv);
    ASSERT_EQ(imported.status, 200) << imported.body;
    for (const std::string org : {"A", "A_1", "B"}) {
      HttpResult r = s_.call(setup_, "GET", "/api/v1/members?org=" + std::to_string(org_[org]));
      ASSERT_EQ(r.status, 200) << r.body;
      const json list = json::parse(r.body);
      for (const auto& m : list["members"]) members_[m["number"].get<std::string>()] = m["id"].get<int>();
    }
    ASSERT_EQ(members_.size(), kColumns.size() - 1 + 4);

    for (std::size_t i = 1; i < kColumns.size(); ++i) {
      Actor a;
      a.role = kColumns[i];
      a.username = "mx-" + a.role;
      a.password = "matrix-password-" + a.role;
      a.number = number(i);
      a.member_id = members_.at(a.number);
      a.user_id = create_user(a.username, a.password, a.member_id);
      json roles = json::array();
      if (a.role == "system_admin") roles.push_back({{"role", a.role}, {"org", nullptr}});
      else if (a.role == "approver") roles.push_back({{"role", a.role}, {"org", org_["W"]}});
      else if (a.role != "none") roles.push_back({{"role", a.role}, {"org", org_["A"]}});
      HttpResult g = s_.call(admin_, "POST", "/api/v1/users/" + std::to_string(a.user_id) + "/roles",
                             json{{"current_password", s_.password("admin")}, {"roles", roles}});
      ASSERT_EQ(g.status, 200) << a.role << ": " << g.body;
      actors_[a.role] = a;
      relogin(a.role);
    }
    target_user_ = create_user("mx-target", "matrix-password-target", 0);
    // The quiz maker: branch secretary of A, A_1 and B, makes the fresh questions and quizzes of cells.
    const int maker = create_user("mx-quizmaker", "matrix-password-quizmaker", members_.at("MX_A-P93"));
    HttpResult mg = s_.call(admin_, "POST", "/api/v1/users/" + std::to_string(maker) + "/roles",
                            json{{"current_password", s_.password("admin")},
                                 {"roles", json::array({{{"role", "branch_secretary"}, {"org", org_["A"]}},
                                                        {{"role", "branch_secretary"}, {"org", org_["A_1"]}},
                                                        {{"role", "branch_secretary"}, {"org", org_["B"]}}})}});
    ASSERT_EQ(mg.status, 200) << mg.body;
    quizmaker_ = s_.login("mx-quizmaker", "matrix-password-quizmaker");
    ASSERT_EQ(quizmaker_.status, 200) << quizmaker_.body;
    // The other members write statements on their own entries ({statement}).
    for (const std::string number : {"MX_A-P90", "MX_A_1-P91", "MX_B-P92"}) {
      const std::string login = "mx-subject-" + number.substr(number.size() - 2);  // no fixture token in a login
      create_user(login, "matrix-password-subject", members_.at(number));
      subjects_[number] = s_.login(login, "matrix-password-subject");
      ASSERT_EQ(subjects_[number].status, 200) << number;
    }
  }

  // A fresh statement for one cell: on the actor's own entry, written by
  // them (own), or on the other member's by where, written by that member.
  int statement(const std::string& role, const std::string& where, const std::string& whose, int n) {
    static const std::map<std::string, std::string> kOther = {
        {"self", "MX_A-P90"}, {"below", "MX_A_1-P91"}, {"outside", "MX_B-P92"}};
    const bool own = whose == "own" && role != "anon";
    const std::string number = own ? actors_.at(role).number : kOther.at(where);
    const Session& author = own ? actors_.at(role).session : subjects_.at(number);
    HttpResult r = s_.call(author, "POST", "/api/v1/me/records/member/" + std::to_string(members_.at(number)) + "/statements",
                           json{{"text", "矩阵说明" + std::to_string(n)}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? json::parse(r.body)["statement"]["id"].get<int>() : 0;
  }

  // A fresh contribution (issue 10) for one cell, submitted: the actor's own
  // (own), or the other member's by where, recorded by that member.
  int contribution(const std::string& role, const std::string& where, const std::string& whose, int n) {
    static const std::map<std::string, std::string> kOther = {
        {"self", "MX_A-P90"}, {"below", "MX_A_1-P91"}, {"outside", "MX_B-P92"}};
    const bool own = whose == "own" && role != "anon";
    const Session& author = own ? actors_.at(role).session : subjects_.at(kOther.at(where));
    const json fields = {{"category", "theory"},
                         {"platform", "矩阵平台"},
                         {"link", "https://example.cn/mx/" + std::to_string(n)},
                         {"date", "2026-01-01"},
                         {"description", "矩阵贡献" + std::to_string(n)}};
    HttpResult r = s_.call(author, "POST", "/api/v1/records/contribution", json{{"fields", fields}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? json::parse(r.body)["record"]["id"].get<int>() : 0;
  }

  // A fresh request for approval of an online activity in an official capacity
  // (art. 18, a cadre kind), submitted by the other member by where: {activity}.
  int activity(const std::string& where, int n) {
    static const std::map<std::string, std::string> kOther = {
        {"self", "MX_A-P90"}, {"below", "MX_A_1-P91"}, {"outside", "MX_B-P92"}};
    const json fields = {{"activity_type", "farm_aid"}, {"purpose", "矩阵助农" + std::to_string(n)},
                         {"platform", "矩阵平台"},     {"starts_on", "2026-12-20"},
                         {"ends_on", "2026-12-21"},     {"no_personal_gain", "yes"}};
    HttpResult r = s_.call(subjects_.at(kOther.at(where)), "POST", "/api/v1/records/activity", json{{"fields", fields}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? json::parse(r.body)["record"]["id"].get<int>() : 0;
  }

  // A {contribution} with one small PNG added by its author: {attached}.
  int attached(const std::string& role, const std::string& where, const std::string& whose, int n) {
    const int id = contribution(role, where, whose, n);
    static const std::map<std::string, std::string> kOther = {
        {"self", "MX_A-P90"}, {"below", "MX_A_1-P91"}, {"outside", "MX_B-P92"}};
    const bool own = whose == "own" && role != "anon";
    const Session& author = own ? actors_.at(role).session : subjects_.at(kOther.at(where));
    HttpResult r = http_request(s_.port(), "POST", "/api/v1/records/contribution/" + std::to_string(id) + "/attachments",
                                multipart_png("附件" + std::to_string(n) + ".png"),
                                {{"Cookie", author.cookie},
                                 {"X-CSRF-Token", author.csrf},
                                 {"Content-Type", std::string("multipart/form-data; boundary=") + kBoundary}});
    EXPECT_EQ(r.status, 201) << r.body;
    return id;
  }

  // A fresh record of another member kind (relay, report) for one cell, as
  // contribution() makes one.
  int record(const std::string& kind, const std::string& role, const std::string& where, const std::string& whose, int n) {
    static const std::map<std::string, std::string> kOther = {
        {"self", "MX_A-P90"}, {"below", "MX_A_1-P91"}, {"outside", "MX_B-P92"}};
    const bool own = whose == "own" && role != "anon";
    const Session& author = own ? actors_.at(role).session : subjects_.at(kOther.at(where));
    const json fields = kind == "relay" ? json{{"summary", "矩阵反映" + std::to_string(n)},
                                                {"topic", "交通"},
                                                {"place", "矩阵论坛"},
                                                {"seen_on", "2026-01-01"}}
                                         : json{{"description", "矩阵举报" + std::to_string(n)},
                                                {"reported_to", "12377"},
                                                {"reported_on", "2026-01-01"}};
    HttpResult r = s_.call(author, "POST", "/api/v1/records/" + kind, json{{"fields", fields}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? json::parse(r.body)["record"]["id"].get<int>() : 0;
  }

  // A fresh 学习教育活动 (issue 11) kept by the organisation by where (A, A1,
  // B), still waiting for its attendance: {session}. Written straight into
  // the store (no actor of the world keeps B's sessions); the server reads
  // records from the store on every request.
  int session(const std::string& where, int n) {
    static const std::map<std::string, std::string> kOrg = {{"self", "A"}, {"below", "A_1"}, {"outside", "B"}};
    sqlite3* db = nullptr;
    const fs::path file = s_.data_dir() / "netconduct.db";
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) return 0;
    sqlite3_busy_timeout(db, 5000);
    const std::string sql =
        "INSERT INTO workflow_records (id, kind, subject_member, org_id, state, fields, record_date, due_date,"
        " created_us, updated_us, version) SELECT COALESCE(MAX(id), 0) + 1, 'education_session', 0, " +
        std::to_string(org_[kOrg.at(where)]) +
        ", 'held', '{\"date\":\"2026-01-01\",\"form\":\"collective\",\"topic\":\"矩阵学习" + std::to_string(n) +
        "\"}', '2026-01-01', NULL, 0, 0, 1 FROM workflow_records RETURNING id";
    sqlite3_stmt* st = nullptr;
    int id = 0;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
      id = sqlite3_column_int(st, 0);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    EXPECT_NE(id, 0) << "a session for the matrix";
    return id;
  }

  void relogin(const std::string& role) {
    Actor& a = actors_.at(role);
    a.session = s_.login(a.username, a.password);
    ASSERT_EQ(a.session.status, 200) << role << ": " << a.session.body;
  }
  bool session_alive(const std::string& role) {
    return s_.call(actors_.at(role).session, "GET", "/api/v1/session").status == 200;
  }

  // A fresh draft question of the organisation by where (issue 11), made by the quiz maker: {question}.
  int question(const std::string& where) {
    static const std::map<std::string, std::string> kOrg = {{"self", "A"}, {"below", "A_1"}, {"outside", "B"}};
    HttpResult r = s_.call(quizmaker_, "POST", "/api/v1/quiz/questions/generate",
                           json{{"org", org_[kOrg.at(where)]}, {"count", 1}, {"seed", 1}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? json::parse(r.body)["questions"][0]["id"].get<int>() : 0;
  }
  // A fresh question published: {published}.
  int published(const std::string& where) {
    const int id = question(where);
    HttpResult r = s_.call(quizmaker_, "POST", "/api/v1/quiz/questions/" + std::to_string(id) + "/publish",
                           json{{"version", 1}});
    EXPECT_EQ(r.status, 200) << r.body;
    return id;
  }
  // A fresh quiz of one published question, open from 2020 to 2099: {quiz}.
  int quiz(const std::string& where, int n) {
    static const std::map<std::string, std::string> kOrg = {{"self", "A"}, {"below", "A_1"}, {"outside", "B"}};
    const int q = published(where);
    HttpResult r = s_.call(quizmaker_, "POST", "/api/v1/quizzes",
                           json{{"org", org_[kOrg.at(where)]}, {"title", "矩阵测验" + std::to_string(n)},
                                {"opens", "2020-01-01"}, {"closes", "2099-12-31"}, {"questions", json::array({q})}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? json::parse(r.body)["quiz"]["id"].get<int>() : 0;
  }

  // A fresh 党支部 to be moved, merged or dissolved by one cell.
  int victim(const std::string& where, int n) {
    if (where == "self") return org_["A"];
    const std::string under = where == "below" ? "A" : "C";
    return create_org(under + "_V" + std::to_string(n), org_[under], "branch");
  }

  std::map<std::string, std::string> values(const std::string& role, const std::string& where, const std::string& whose,
                                            int n) {
    static const std::map<std::string, std::string> kOrg = {{"self", "A"}, {"below", "A_1"}, {"outside", "B"}};
    static const std::map<std::string, std::string> kContainer = {{"self", "A"}, {"below", "A_2"}, {"outside", "C"}};
    static const std::map<std::string, std::string> kOther = {
        {"self", "MX_A-P90"}, {"below", "MX_A_1-P91"}, {"outside", "MX_B-P92"}};
    const bool anon = role == "anon";
    const Actor& me = actors_.at(anon ? "none" : role);  // anon: the none account's credentials for login
    std::map<std::string, std::string> v;
    v["org"] = std::to_string(org_[kOrg.at(where)]);
    v["org_code"] = "MX_" + kOrg.at(where);
    v["org_name"] = "MXN_" + kOrg.at(where);
    v["container"] = std::to_string(org_[kContainer.at(where)]);
    v["container_code"] = "MX_" + kContainer.at(where);
    v["dest"] = std::to_string(org_["A_2"]);
    v["into"] = std::to_string(org_["A_1"]);
    const bool own = whose == "own" && !anon;
    v["member"] = std::to_string(own ? me.member_id : members_.at(kOther.at(where)));
    v["user"] = std::to_string(own ? me.user_id : target_user_);
    v["username"] = me.username;
    v["password"] = me.password;
    v["n"] = std::to_string(n);
    return v;
  }

  const Actor* actor(const std::string& role) const {
    auto it = actors_.find(role);
    return it == actors_.end() ? nullptr : &it->second;
  }

 private:
  static std::string number(std::size_t i) { return "MX_A-P0" + std::to_string(i); }

  int create_org(const std::string& path, int parent, const std::string& type) {
    HttpResult r = s_.call(setup_, "POST", "/api/v1/organisations",
                           json{{"parent", parent}, {"code", "MX_" + path}, {"name", "名MXN_" + path}, {"type", type}});
    EXPECT_EQ(r.status, 201) << path << ": " << r.body;
    const int id = r.status == 201 ? json::parse(r.body)["organisation"]["id"].get<int>() : 0;
    org_[path] = id;
    return id;
  }
  int create_user(const std::string& username, const std::string& password, int member) {
    HttpResult r = s_.call(admin_, "POST", "/api/v1/users",
                           json{{"username", username}, {"password", password},
                                {"member_id", member ? json(member) : json(nullptr)}});
    EXPECT_EQ(r.status, 201) << username << ": " << r.body;
    return r.status == 201 ? json::parse(r.body)["user"]["id"].get<int>() : 0;
  }

  DemoServer& s_;
  Session setup_, admin_, quizmaker_;
  std::map<std::string, int> org_;
  std::map<std::string, int> members_;
  std::map<std::string, Actor> actors_;
  std::map<std::string, Session> subjects_;  // accounts of MX_A-P90, MX_A_1-P91, MX_B-P92
  int target_user_ = 0;
};

std::string fill(std::string text, const std::map<std::string, std::string>& values) {
  for (const auto& [key, value] : values) {
    const std::string mark = "{" + key + "}";
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + value.size())) {
      text.replace(at, mark.size(), value);
    }
  }
  return text;
}

bool matches(const std::string& pattern, const std::string& value) { return pattern == "*" || pattern == value; }

// ---- the test --------------------------------------------------------------------

TEST(AuthorizationMatrixHttp, EveryRouteEveryRoleEveryTargetAnswersAsTheTableSaysAndLeaksNothing) {
  Table table = load_table();
  ASSERT_FALSE(table.rows.empty());
  DemoServer server("authz-matrix", {"--test-print-routes", "--checkpoint-interval", "0"});
  ASSERT_TRUE(server.started()) << server.process().stderr_text();

  std::vector<std::pair<std::string, std::string>> routes;
  {
    std::istringstream out(server.process().stdout_text());
    std::string line;
    while (std::getline(out, line)) {
      if (line.rfind("route ", 0) != 0) continue;
      std::istringstream f(line.substr(6));
      std::string method, pattern;
      f >> method >> pattern;
      routes.emplace_back(method, pattern);
    }
  }
  ASSERT_GT(routes.size(), 20u) << "the server printed no routes:\n" << server.process().stdout_text();

  World world(server);
  world.seed();
  ASSERT_FALSE(::testing::Test::HasFatalFailure());
  const fs::path db_file = server.data_dir() / "netconduct.db";

  int n = 1000, requests = 0, cells = 0;
  for (const auto& [method, pattern] : routes) {
    const std::string route = method + " " + pattern;
    std::vector<Template*> found;
    for (Template& t : table.templates) {
      if (t.method == method && t.pattern == pattern) found.push_back(&t);
    }
    std::set<std::string> variants;
    for (const Template* t : found) {
      EXPECT_TRUE(variants.insert(t->variant).second) << route << ": two 'request |' lines of variant '" << t->variant << "'";
    }
    if (found.empty()) {
      ADD_FAILURE() << route << ": needs a 'request |' line in the table";
      continue;
    }
    for (Template* one : found) {
      Template& tp = *one;
      ++tp.uses;
      const std::string variant_route = route + (tp.variant.empty() ? "" : " @" + tp.variant);
      for (std::size_t col = 0; col < kColumns.size(); ++col) {
        const std::string& role = kColumns[col];
        // Cells that differ only in a dimension the request does not use are one request.
        std::map<std::string, std::pair<int, int>> done;  // key → (expected, got)
        for (const std::string& where : kWheres) {
          for (const std::string& whose : kWhoses) {
            const std::string cell = variant_route + " / " + role + " / " + where + " / " + whose;
            std::vector<Row*> hits;
            for (Row& row : table.rows) {
              if (row.method == method && row.pattern == pattern && row.variant == tp.variant && matches(row.where, where) &&
                  matches(row.whose, whose)) {
                hits.push_back(&row);
              }
            }
            if (hits.size() != 1) {
              ADD_FAILURE() << cell << ": the table must have exactly one row for this cell, has " << hits.size();
              continue;
            }
            ++hits.front()->uses;
            ++cells;
            const int expected = hits.front()->cells[col];
            const std::string key = (tp.options.count("where") ? where : "*") + "/" + (tp.options.count("whose") ? whose : "*");
            if (auto it = done.find(key); it != done.end()) {
              EXPECT_EQ(expected, it->second.first)
                  << cell << " (line " << hits.front()->line << "): the same request as another cell, expected differently";
              continue;
            }

            auto values = world.values(role, where, whose, ++n);
            const std::string raw_target = tp.target, raw_body = tp.body;
            if ((raw_target + raw_body).find("{victim}") != std::string::npos) {
              values["victim"] = std::to_string(world.victim(where, n));
            }
            if ((raw_target + raw_body).find("{contribution}") != std::string::npos) {
              values["contribution"] = std::to_string(world.contribution(role, where, whose, n));
            }
            if ((raw_target + raw_body).find("{attached}") != std::string::npos) {
              values["attached"] = std::to_string(world.attached(role, where, whose, n));
            }
            for (const char* kind : {"relay", "report"}) {
              if ((raw_target + raw_body).find("{" + std::string(kind) + "}") != std::string::npos) {
                values[kind] = std::to_string(world.record(kind, role, where, whose, n));
              }
            }
            if ((raw_target + raw_body).find("{activity}") != std::string::npos) {
              values["activity"] = std::to_string(world.activity(where, n));
            }
            if ((raw_target + raw_body).find("{session}") != std::string::npos) {
              values["session"] = std::to_string(world.session(where, n));
            }
            if ((raw_target + raw_body).find("{question}") != std::string::npos) {
              values["question"] = std::to_string(world.question(where));
            }
            if ((raw_target + raw_body).find("{published}") != std::string::npos) {
              values["published"] = std::to_string(world.published(where));
            }
            if ((raw_target + raw_body).find("{quiz}") != std::string::npos) {
              values["quiz"] = std::to_string(world.quiz(where, n));
            }
            if ((raw_target + raw_body).find("{statement}") != std::string::npos) {
              values["statement"] = std::to_string(world.statement(role, where, whose, n));
            }
            const std::string target = fill(raw_target, values);
            std::string body = fill(raw_body, values);
            const bool multipart = body.rfind("multipart:", 0) == 0;
            if (multipart) body = multipart_png(body.substr(10));
            std::map<std::string, std::string> headers;
            const Actor* actor = world.actor(role);
            if (actor) {
              headers["Cookie"] = actor->session.cookie;
              headers["X-CSRF-Token"] = actor->session.csrf;
            }
            if (!body.empty()) headers["Content-Type"] = body.front() == '{' ? "application/json" : "text/csv";
            if (multipart) headers["Content-Type"] = std::string("multipart/form-data; boundary=") + kBoundary;
            const bool write = method != "GET";
            const std::string before = write ? digest(db_file) : "";
            HttpResult r = http_request(server.port(), method, target, body, headers);
            ++requests;
            done[key] = {expected, r.status};
            EXPECT_EQ(r.status, expected) << cell << " (table line " << hits.front()->line << "): " << method << " "
                                          << target << " " << body << "\n→ " << r.body.substr(0, 400);
            const Viewer viewer{role, actor ? actor->number : ""};
            const auto leaked = leaks(viewer, r.body, target + " " + body);
            std::string leaked_text;
            for (const auto& l : leaked) leaked_text += (leaked_text.empty() ? "" : ", ") + l;
            EXPECT_TRUE(leaked.empty()) << cell << ": the answer carries what " << role << " may not see: " << leaked_text
                                        << "\n" << r.body.substr(0, 2000);
            if (write && (r.status < 200 || r.status > 299)) {
              EXPECT_EQ(digest(db_file), before) << cell << ": refused with " << r.status << " but the stored state changed";
            }
            if (tp.options.count("ends_session") && actor && !world.session_alive(role)) world.relogin(role);
          }
        }
      }
    }
  }
  for (const Template& t : table.templates) {
    EXPECT_GT(t.uses, 0) << "table line " << t.line << ": " << t.method << " " << t.pattern << " is not a route";
  }
  for (const Row& row : table.rows) {
    EXPECT_GT(row.uses, 0) << "table line " << row.line << " matches no cell of any route";
  }
  std::cout << "[ matrix   ] " << routes.size() << " routes, " << cells << " cells, " << requests << " requests\n";
  EXPECT_EQ(server.stop_and_report(), "");
}

}  // namespace
}  // namespace nc::integration
