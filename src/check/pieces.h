// A number sent in pieces so that a filter does not see it whole, with words
// that tell the reader to join them: 前三位153，中间5590，最后4345;
// 189再加8201再加8408; 前九位：230621199\n后九位：105281215; 卡号前十位…，后面….
// The words that join pieces are what the detectors wake on (kPiecesTrigger,
// scanned everywhere); pieces() walks out from there to the pieces on either
// side. Each detector then checks the joined characters as its own number
// (length, check digit, prefix). Pure functions; safe from any thread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "check/detector.h"

namespace nc::check {

// The words between pieces, as one expression (literals; Chinese numerals
// in 前九位 are kept by the normaliser, which reads only long runs as digits).
extern const char* const kPiecesTrigger;

struct Pieces {
  Span span;           // from the first piece to the last
  std::string joined;  // the pieces' characters run together (letters kept with `letters`)
  int count = 0;       // how many pieces
};

// The pieces around the joining words matched at `m`: at least two runs of
// digits (and of letters and digits, with `letters`: a credit code's
// pieces) in one message, each next to the joining words or a label of the
// position (前三位, 后十位, 中间, 最后一位, 开头), at most `max_chars` joined.
std::optional<Pieces> pieces(std::string_view text, Span m, bool letters, size_t max_chars);

}  // namespace nc::check
