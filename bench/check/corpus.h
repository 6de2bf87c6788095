// A deterministic mixed Chinese corpus for the self-check benchmarks: notices,
// chat and news-like sentences (simplified, some traditional, full-width
// punctuation, ASCII words and numbers), with secret markings, document
// numbers, identifiers and terms of make_dictionary(1000) sprinkled in (about one per
// 3 KB), and near-miss numbers that must not be findings. The same seed
// always gives the same bytes.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace nc::check::bench {

std::string make_corpus(size_t bytes, unsigned long long seed = 20261124);
// An organisation dictionary of `n` code names (天枢工程, XK-123 …).
std::vector<std::string> make_dictionary(size_t n, unsigned long long seed = 7);

}  // namespace nc::check::bench
