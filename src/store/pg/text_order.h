// Text order on PostgreSQL. SQLite compares text by its bytes (BINARY), which
// for UTF-8 is code point order; the store's keyset pages, subtree ranges of
// paths ("1/5/" up to "1/50") and searches by the beginning of a name (up to
// the name followed by U+10FFFF) rely on it. PostgreSQL compares text with
// the database's collation: under a language's collation ("zh_CN.UTF-8",
// "en_US.UTF-8", ICU) '/' may be ignored and names sort by pinyin, so the
// same SQL would return other rows in another order. The schema is one text
// for both dialects (no COLLATE clause SQLite would not know), so the
// database itself must compare by code point: created with LOCALE 'C' or
// 'C.UTF-8' (scripts/pg-cluster does; docs/architecture.md).
#pragma once

#include "common/status.h"
#include "store/pg/connection.h"

namespace nc::store::pg {

// Ok when the connected database's default collation orders text by code
// point (libc "C", "POSIX" or "C.UTF-8"); otherwise "storage" naming
// the collation found and how to create the database instead.
Status require_code_point_order(Connection& connection);

}  // namespace nc::store::pg
