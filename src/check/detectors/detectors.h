// The text detectors, one per file in this folder. Each factory returns a
// fresh detector; detectors are immutable once built (see detector.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "check/detector.h"

namespace nc::check {

// `cls` repeated n times, as a pattern: "" for none (Vectorscan rejects {0}).
inline std::string repeat(const std::string& cls, int n) {
  return n <= 0 ? std::string() : n == 1 ? cls : cls + "{" + std::to_string(n) + "}";
}

std::unique_ptr<Detector> make_classification_mark();  // secret.classification_mark
std::unique_ptr<Detector> make_internal_mark();        // secret.internal_mark
std::unique_ptr<Detector> make_document_number();      // secret.document_number
// max_birth_year: the latest plausible birth year (the current year).
std::unique_ptr<Detector> make_cn_resident_id(int max_birth_year);  // pii.cn_resident_id
std::unique_ptr<Detector> make_cn_mobile();            // pii.cn_mobile
std::unique_ptr<Detector> make_bank_card();            // pii.bank_card
std::unique_ptr<Detector> make_cn_uscc();              // pii.cn_uscc
std::unique_ptr<Detector> make_cn_passport();          // pii.cn_passport
std::unique_ptr<Detector> make_email();                // pii.email
// Terms as written by the organisation; they are normalised here. Empty
// terms are ignored. nullptr when no term remains.
std::unique_ptr<Detector> make_org_dictionary(const std::vector<std::string>& terms);

// Every text detector above, with the dictionary when it has terms.
std::vector<std::unique_ptr<Detector>> text_detectors(const std::vector<std::string>& dictionary_terms,
                                                      int max_birth_year);

}  // namespace nc::check
