// directory_store_tests.h on SqliteStore, a fresh file per test.
#include "directory_store_tests.h"

#include "backend_sqlite.h"

namespace nc::store::testing {
namespace {

INSTANTIATE_TYPED_TEST_SUITE_P(Sqlite, DirectoryStoreTest, ::testing::Types<SqliteBackend>);

}  // namespace
}  // namespace nc::store::testing
