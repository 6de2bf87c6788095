// After a request that needed much memory (an upload checked, a workbook
// imported), give the freed heap back to the system: glibc keeps what a
// thread freed in that thread's arena, so without this the server's RSS
// stays at its peak after a large file until the same thread needs it again.
#pragma once

#include <malloc.h>

namespace nc::server {

inline void release_free_memory() { ::malloc_trim(0); }

}  // namespace nc::server
