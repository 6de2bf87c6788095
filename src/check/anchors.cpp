#include "check/anchors.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace nc::check {

size_t next_digit(std::string_view text, size_t from) {
  const size_t n = text.size();
  const char* p = text.data();
  size_t i = from;
#if defined(__SSE2__)
  // Sixteen bytes at a time: a digit is a byte b with b - '0' <= 9 unsigned.
  // Chinese text holds few digits, so most blocks are passed over whole.
  const __m128i zero = _mm_set1_epi8('0');
  const __m128i nine = _mm_set1_epi8(9);
  for (; i + 16 <= n; i += 16) {
    const __m128i t = _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)), zero);
    const int mask = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(t, nine), t));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  for (; i < n; ++i) {
    if (p[i] >= '0' && p[i] <= '9') return i;
  }
  return n;
}

}  // namespace nc::check
