// Every audit action has its Chinese name, and code writes no other: the
// AuditAction constructor refuses an unnamed id while compiling (the ctest
// "audit_action_unnamed_does_not_compile" proves it), and this test scans
// src/ for entries whose action is filled in any other way.
#include "domain/audit_actions.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace nc::domain {
namespace {

TEST(AuditActions, EveryActionHasAUniqueIdAndAChineseName) {
  std::set<std::string_view> ids;
  for (const AuditActionInfo& a : kAuditActions) {
    EXPECT_TRUE(ids.insert(a.id).second) << "listed twice: " << a.id;
    EXPECT_FALSE(a.name.empty()) << a.id;
    // Chinese: the name's first byte starts a multi-byte UTF-8 sequence.
    ASSERT_FALSE(a.name.empty());
    EXPECT_GE(static_cast<unsigned char>(a.name.front()), 0xE0u) << a.id << " is not named in Chinese";
  }
}

TEST(AuditActions, NamesAreLookedUpByStoredId) {
  EXPECT_EQ(audit_action_name("member.list"), "查看党员名单");
  EXPECT_EQ(audit_action_name("audit.read"), "查看审计日志");
  EXPECT_EQ(audit_action_name("member.lis"), std::nullopt);
  EXPECT_EQ(audit_action_name(""), std::nullopt);
  constexpr AuditAction read("member.read");
  EXPECT_EQ(read.id(), "member.read");
  EXPECT_EQ(read.name(), "查看党员信息");
}

// Assignments to an audit entry's action whose right-hand side is not an
// AuditAction. `allowed` names the few lines that legitimately copy an id
// (the store reading a row back, audit_note taking its AuditAction).
std::vector<std::string> unchecked_assignments(const std::string& file, const std::string& text) {
  static const std::regex assignment(R"(entry\.action\s*=[^=;]*;)");
  static const std::vector<std::pair<std::string, std::string>> allowed = {
      {"store/sqlite_audit.cpp", "st.text("},
      {"server/access/audit_note.cpp", "action.id()"},
  };
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), assignment); it != std::sregex_iterator(); ++it) {
    const std::string hit = it->str();
    if (hit.find("AuditAction(") != std::string::npos) continue;
    bool ok = false;
    for (const auto& [suffix, rhs] : allowed) {
      ok = ok || (file.ends_with(suffix) && hit.find(rhs) != std::string::npos);
    }
    if (!ok) out.push_back(file + ": " + hit);
  }
  return out;
}

TEST(AuditActions, TheScanFindsAnActionWrittenAsAString) {
  EXPECT_EQ(unchecked_assignments("src/x.cpp", "note.entry.action = \"member.reed\";").size(), 1u);
  EXPECT_EQ(unchecked_assignments("src/x.cpp", "a.entry.action = kind + \".import\";").size(), 1u);
  EXPECT_EQ(unchecked_assignments("src/x.cpp", "a.entry.action =\n  name;").size(), 1u);
  EXPECT_TRUE(unchecked_assignments("src/x.cpp", "a.entry.action = AuditAction(\"login\").id();").empty());
  EXPECT_TRUE(unchecked_assignments("src/x.cpp", "if (a.entry.action == \"login\") {}").empty());
  EXPECT_EQ(unchecked_assignments("src/x.cpp", "r.entry.action = st.text(3);").size(), 1u);
}

TEST(AuditActions, SourcesFillActionsOnlyFromTheTable) {
  std::size_t files = 0;
  std::vector<std::string> found;
  for (const auto& f : std::filesystem::recursive_directory_iterator(NC_SOURCE_DIR "/src")) {
    const auto ext = f.path().extension();
    if (!f.is_regular_file() || (ext != ".cpp" && ext != ".h")) continue;
    std::ifstream in(f.path());
    std::stringstream text;
    text << in.rdbuf();
    ++files;
    for (auto& hit : unchecked_assignments(f.path().generic_string(), text.str())) found.push_back(hit);
  }
  EXPECT_GT(files, 100u);
  EXPECT_TRUE(found.empty()) << "audit actions not taken from domain/audit_actions.h:\n"
                             << [&] {
                                  std::string s;
                                  for (auto& h : found) s += h + "\n";
                                  return s;
                                }();
}

}  // namespace
}  // namespace nc::domain
