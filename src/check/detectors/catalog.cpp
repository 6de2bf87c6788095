// The catalog of text detectors: which detectors a standard check runs.
#include "check/detectors/detectors.h"

namespace nc::check {

std::vector<std::unique_ptr<Detector>> text_detectors(const std::vector<std::string>& dictionary_terms,
                                                      int max_birth_year) {
  std::vector<std::unique_ptr<Detector>> out;
  out.push_back(make_classification_mark());
  out.push_back(make_internal_mark());
  out.push_back(make_document_number());
  out.push_back(make_cn_resident_id(max_birth_year));
  out.push_back(make_cn_mobile());
  out.push_back(make_bank_card());
  out.push_back(make_cn_uscc());
  out.push_back(make_cn_passport());
  out.push_back(make_email());
  if (auto d = make_org_dictionary(dictionary_terms)) out.push_back(std::move(d));
  return out;
}

}  // namespace nc::check
