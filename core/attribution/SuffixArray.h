// Suffix arrays over token ids: SA-IS construction (linear time), the index's sorted view of its
// text.
#pragma once

#include <cstdint>
#include <vector>

namespace fw::attribution {

// The start positions of every suffix of `text`, in lexicographic order (a suffix that is a prefix
// of another sorts first). Every value of `text` must be <= `maxValue`. Linear time and about
// 9 bytes of scratch per token beyond the result (SA-IS, Nong, Zhang & Chan 2009).
std::vector<int32_t> buildSuffixArray(const std::vector<int32_t>& text, int32_t maxValue);

} // namespace fw::attribution
