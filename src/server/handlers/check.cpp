#include "server/handlers/check.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <new>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "check/dictionary.h"
#include "check/extract/check_document.h"
#include "check/report_json.h"
#include "server/multipart.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

constexpr size_t kMaxPathBytes = 255;

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool starts_with_media_type(const std::string& content_type, std::string_view type) {
  if (content_type.rfind(type, 0) != 0) return false;
  const size_t n = type.size();
  return content_type.size() == n || content_type[n] == ';' || content_type[n] == ' ' || content_type[n] == '\t';
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

// A file name as the member knows it: no directories, bounded, never empty.
std::string display_name(const std::string& filename) {
  std::string name = filename.substr(filename.find_last_of("/\\") == std::string::npos
                                         ? 0
                                         : filename.find_last_of("/\\") + 1);
  if (name.size() > kMaxPathBytes) {
    size_t cut = kMaxPathBytes;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    name.resize(cut);
  }
  return blank(name) ? std::string("未命名文件") : name;
}

// Counts uploads being checked; refuses beyond the limit.
class UploadSlot {
 public:
  UploadSlot(std::atomic<int>& in_flight, int limit) : in_flight_(in_flight) {
    acquired_ = in_flight_.fetch_add(1) < limit;
  }
  ~UploadSlot() { in_flight_.fetch_sub(1); }
  UploadSlot(const UploadSlot&) = delete;
  UploadSlot& operator=(const UploadSlot&) = delete;
  bool acquired() const { return acquired_; }

 private:
  std::atomic<int>& in_flight_;
  bool acquired_ = false;
};

class CheckHandler {
 public:
  CheckHandler(std::shared_ptr<check::EngineCache> engines, DictionaryTermsOf terms_of,
               std::shared_ptr<const Catalogue> catalogue, std::function<std::string()> today, CheckOptions options)
      : engines_(std::move(engines)),
        terms_of_(std::move(terms_of)),
        catalogue_(std::move(catalogue)),
        today_(std::move(today)),
        options_(options) {
    extract_options_.limits.max_input_bytes = options_.body_limit;
    extract_options_.limits.ocr_time_budget = std::chrono::seconds(15);
    extract_options_.limits.total_time_budget = std::chrono::seconds(25);
  }

  Response handle(const Request& req) const {
    // The session middleware (server/access) admits signed-in callers with a
    // CSRF token only. Self-check stays private whoever calls: no audit
    // record, log line or stored copy of the content or the findings.
    try {
      const std::string type = lower(req.header("content-type"));
      if (starts_with_media_type(type, "application/json")) return from_json(req);
      if (starts_with_media_type(type, "multipart/form-data")) return from_multipart(req);
      return Response::error(Code::kUnsupportedMediaType,
                             "请以 JSON（粘贴的文字）或 multipart/form-data（上传文件）提交");
    } catch (const std::bad_alloc&) {
      return Response::error(Code::kBusy, "服务器内存不足，请稍后重试或分批检查");
    } catch (...) {
      // Deliberately not logged: an exception's text may quote the input.
      return Response::internal();
    }
  }

 private:
  struct Input {
    std::string text;
    bool has_text = false;
    std::vector<std::string> dictionary;
    std::vector<const MultipartPart*> files;
  };

  // The body is parsed with simdjson's DOM parser (dispatched at run time
  // to the machine's SIMD): nlohmann's parser was a quarter of the CPU time
  // of a 2 KB check (docs/benchmarks.md). Strings are copied out before the
  // next parse reuses the parser's buffers.
  Response from_json(const Request& req) const {
    const std::string& body = req.body;
    thread_local simdjson::dom::parser parser;
    const Response malformed = Response::bad_request("请求格式不正确：需要 JSON 对象");
    simdjson::dom::element root;
    simdjson::dom::object object;
    if (parser.parse(body).get(root) || root.get_object().get(object)) return malformed;
    Input in;
    for (const simdjson::dom::key_value_pair member : object) {
      if (member.key == "text") {
        std::string_view text;
        if (member.value.get_string().get(text)) return Response::bad_request("text 必须是字符串");
        in.text = std::string(text);
        in.has_text = true;
      } else if (member.key == "dictionary") {
        simdjson::dom::array terms;
        if (member.value.get_array().get(terms)) return Response::bad_request("dictionary 必须是字符串数组");
        std::string lines;
        for (const simdjson::dom::element term : terms) {
          std::string_view t;
          if (term.get_string().get(t)) return Response::bad_request("dictionary 必须是字符串数组");
          if (t.find_first_of("\r\n") != std::string_view::npos) return Response::bad_request("词条中不能含换行");
          lines += t;
          lines += '\n';
        }
        if (Status s = set_dictionary(lines, &in); !s.ok()) return Response::bad_request(s.message());
      } else {
        return Response::bad_request("不支持的字段：只接受 text 和 dictionary");
      }
    }
    if (!in.has_text || blank(in.text)) return Response::bad_request("请输入要检查的文字");
    return run(req, in);
  }

  Response from_multipart(const Request& req) const {
    auto boundary = multipart_boundary(req.header("content-type"));
    if (!boundary) return Response::bad_request(boundary.status().message());
    MultipartLimits limits;
    limits.max_parts = options_.max_files + 2;
    auto parts = parse_multipart(req.body, *boundary, limits);
    if (!parts) return Response::bad_request(parts.status().message());
    Input in;
    bool dictionary_seen = false;
    for (const MultipartPart& p : *parts) {
      if (p.filename) {
        in.files.push_back(&p);
      } else if (p.name == "text" && !in.has_text) {
        in.text = std::string(p.data);
        in.has_text = !blank(in.text);
      } else if (p.name == "dictionary" && !dictionary_seen) {
        dictionary_seen = true;
        if (Status s = set_dictionary(p.data, &in); !s.ok()) return Response::bad_request(s.message());
      } else {
        return Response::bad_request("不支持的表单字段：只接受文件、text 和 dictionary");
      }
    }
    if (in.files.size() > options_.max_files) {
      return Response::bad_request("一次最多检查 " + std::to_string(options_.max_files) + " 个文件");
    }
    if (in.files.empty() && !in.has_text) return Response::bad_request("请粘贴文字或选择要检查的文件");
    return run(req, in);
  }

  Status set_dictionary(std::string_view lines, Input* in) const {
    auto terms = check::parse_dictionary(lines);
    if (!terms) return Status::Invalid("保密词表无效：" + terms.status().message());
    if (terms->size() > options_.max_dictionary_terms) {
      return Status::Invalid("保密词表最多 " + std::to_string(options_.max_dictionary_terms) + " 个词条");
    }
    in->dictionary = std::move(terms).value();
    return Status::Ok();
  }

  Response run(const Request& req, const Input& in) const {
    // The caller's organisation dictionaries and the request's own terms
    // make one detector set, compiled once per distinct set (EngineCache).
    std::vector<std::string> terms = terms_of_ ? terms_of_(req) : std::vector<std::string>();
    terms.insert(terms.end(), in.dictionary.begin(), in.dictionary.end());
    auto found = engines_->get(std::move(terms));
    if (!found) return Response::bad_request("保密词表无法使用，请检查词条");
    const std::shared_ptr<const check::Engine> engine = std::move(found).value();

    std::vector<check::FileReport> reports;
    if (in.has_text) {
      check::FileReport r;
      r.path = "-";
      auto findings = engine->check(in.text);
      if (!findings) return Response::payload_too_large("文字过长，无法检查");
      for (check::Finding& f : *findings) r.findings.push_back({std::move(f), std::nullopt});
      reports.push_back(std::move(r));
    }
    if (!in.files.empty()) {
      UploadSlot slot(in_flight_, options_.max_concurrent_uploads);
      if (!slot.acquired()) {
        Response busy = Response::error(Code::kBusy, "正在检查的文件较多，请稍后重试");
        busy.headers.emplace_back("Retry-After", "5");
        return busy;
      }
      for (const MultipartPart* p : in.files) reports.push_back(check_file(*engine, *p));
    }
    // The report keeps the CLI's key order (Response::json would sort keys).
    Response ok;
    ok.body = check::dump(check::report_json(reports, articles(*engine)));
    ok.headers.emplace_back("Cache-Control", "no-store");
    return ok;
  }

  check::FileReport check_file(const check::Engine& engine, const MultipartPart& part) const {
    check::FileReport r = check::extract::check_document(engine, part.data, extract_options_).report;
    r.path = display_name(*part.filename);
    return r;
  }

  check::TopicArticles articles(const check::Engine& engine) const {
    const auto ids = catalogue_->ids();
    if (ids.empty()) return {};
    const Catalogue::Version* v = catalogue_->in_force(ids.front(), today_());
    return v ? check::topic_articles(v->rulebook, engine.registry()) : check::TopicArticles{};
  }

  std::shared_ptr<check::EngineCache> engines_;
  DictionaryTermsOf terms_of_;
  std::shared_ptr<const Catalogue> catalogue_;
  std::function<std::string()> today_;
  CheckOptions options_;
  check::extract::Options extract_options_;
  mutable std::atomic<int> in_flight_{0};
};

}  // namespace

void add_check_routes(Router& router, std::shared_ptr<check::EngineCache> engines, DictionaryTermsOf terms_of,
                      std::shared_ptr<const Catalogue> catalogue, std::function<std::string()> today,
                      CheckOptions options) {
  auto h = std::make_shared<const CheckHandler>(std::move(engines), std::move(terms_of), std::move(catalogue),
                                                std::move(today), options);
  router.add(
      "POST", "/api/v1/check", [h](const Request& r) { return h->handle(r); },
      {.body = BodyKind::kUpload, .body_limit = options.body_limit});
}

}  // namespace nc::server::handlers
