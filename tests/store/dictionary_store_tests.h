// The DictionaryStore area (store.h) as one typed test suite, run against
// every backend: SqliteStore (store_tests, dictionary_store_sqlite_test.cpp)
// and PgDictionaryStore (store_pg_tests, label postgres,
// dictionary_store_pg_test.cpp). From access_store_test.cpp's dictionary
// cases. A backend (backend_sqlite.h, backend_pg.h) gives open(),
// dictionaries(), audit() and exec().
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/audit_chain.h"
#include "store/store.h"

namespace nc::store::testing {

inline AuditRecord dictionary_note(const std::string& action) {
  AuditRecord a;
  a.entry.time_us = 1'700'000'000'000'000;
  a.entry.actor = "test";
  a.entry.action = action;
  a.entry.origin = "local";
  return a;
}

template <typename Backend>
class DictionaryStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string error = backend.open();
    ASSERT_TRUE(error.empty()) << error;
  }
  DictionaryStore& db() { return backend.dictionaries(); }
  Backend backend;
};

TYPED_TEST_SUITE_P(DictionaryStoreTest);

using domain::DictionaryTerm;
using domain::OrgId;

TYPED_TEST_P(DictionaryStoreTest, DictionariesAreReplacedWholeWithTheirAuditEntry) {
  DictionaryStore& db = this->db();
  StoredDictionary d;
  d.dictionary = {OrgId{3}, {{"天枢工程", "项目代号"}, {"青鸟平台", ""}}};
  d.updated_us = 1'700'000'000'000'000;
  d.updated_by = "user:4 (secretary)";
  ASSERT_TRUE(db.replace_dictionary(d, dictionary_note("dictionary.update")).ok());
  d.dictionary.terms = {{"星河计划", "课题"}};
  d.updated_us += 60'000'000;
  ASSERT_TRUE(db.replace_dictionary(d, dictionary_note("dictionary.update")).ok());
  StoredDictionary other;
  other.dictionary = {OrgId{1}, {}};
  other.updated_us = 5;
  other.updated_by = "user:3 (dwadmin)";
  ASSERT_TRUE(db.replace_dictionary(other, dictionary_note("dictionary.update")).ok());

  auto loaded = db.load_dictionaries();
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  ASSERT_EQ(loaded->size(), 2u);
  EXPECT_EQ((*loaded)[0].dictionary.org, OrgId{1});
  EXPECT_TRUE((*loaded)[0].dictionary.terms.empty());  // set, and emptied: still known
  EXPECT_EQ((*loaded)[1].dictionary.terms, (std::vector<DictionaryTerm>{{"星河计划", "课题"}}));
  EXPECT_EQ((*loaded)[1].updated_us, d.updated_us);
  EXPECT_EQ((*loaded)[1].updated_by, "user:4 (secretary)");

  auto chain = this->backend.audit();
  ASSERT_TRUE(chain.ok());
  ASSERT_EQ(chain->size(), 3u);
  EXPECT_EQ((*chain)[2].action, "dictionary.update");
  EXPECT_TRUE(domain::verify_chain(*chain).ok());
}

// Terms keep their order (not sorted by text) and every byte of their text.
TYPED_TEST_P(DictionaryStoreTest, TermsKeepTheirOrderAndText) {
  StoredDictionary d;
  d.dictionary = {OrgId{7},
                  {{"zeta", ""}, {"Alpha", "注：'引号' \"双引号\" \\ 反斜杠"}, {"阿尔法", "α"}, {"alpha", ""}}};
  d.updated_us = 1;
  ASSERT_TRUE(this->db().replace_dictionary(d, dictionary_note("dictionary.update")).ok());
  auto loaded = this->db().load_dictionaries();
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->size(), 1u);
  EXPECT_EQ((*loaded)[0].dictionary.terms, d.dictionary.terms);
}

TYPED_TEST_P(DictionaryStoreTest, AFailedDictionaryWriteLeavesTheOldList) {
  StoredDictionary d;
  d.dictionary = {OrgId{3}, {{"天枢工程", ""}}};
  d.updated_us = 1;
  ASSERT_TRUE(this->db().replace_dictionary(d, dictionary_note("dictionary.update")).ok());
  // A second term under the same position cannot happen through the API;
  // force the transaction to fail by breaking the audit table instead.
  ASSERT_TRUE(this->backend.exec("ALTER TABLE audit_log RENAME TO audit_log_gone").ok());
  d.dictionary.terms = {{"别的", ""}};
  d.updated_us = 2;
  EXPECT_FALSE(this->db().replace_dictionary(d, dictionary_note("dictionary.update")).ok());
  ASSERT_TRUE(this->backend.exec("ALTER TABLE audit_log_gone RENAME TO audit_log").ok());
  auto loaded = this->db().load_dictionaries();
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->size(), 1u);
  EXPECT_EQ((*loaded)[0].dictionary.terms, (std::vector<DictionaryTerm>{{"天枢工程", ""}}));
  EXPECT_EQ((*loaded)[0].updated_us, 1);
  // And the store goes on working after the failed transaction.
  ASSERT_TRUE(this->db().replace_dictionary(d, dictionary_note("dictionary.update")).ok());
  EXPECT_EQ(this->db().load_dictionaries()->front().dictionary.terms, d.dictionary.terms);
}

REGISTER_TYPED_TEST_SUITE_P(DictionaryStoreTest, DictionariesAreReplacedWholeWithTheirAuditEntry,
                            TermsKeepTheirOrderAndText, AFailedDictionaryWriteLeavesTheOldList);

}  // namespace nc::store::testing
