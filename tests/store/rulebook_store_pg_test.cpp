// Label `postgres`: rulebook_store_tests.h on PgRulebookStore, a fresh schema per
// test in the throwaway cluster, migrated with every migration.
#include "rulebook_store_tests.h"

#include "backend_pg.h"

namespace nc::store::testing {
namespace {

INSTANTIATE_TYPED_TEST_SUITE_P(Postgres, RulebookStoreTest, ::testing::Types<PgBackend>);

}  // namespace
}  // namespace nc::store::testing
