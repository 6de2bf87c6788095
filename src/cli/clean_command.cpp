#include "cli/clean_command.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "check/dictionary.h"
#include "check/engine.h"
#include "check/extract/check_document.h"
#include "check/extract/clean.h"
#include "check/text_input.h"
#include "cli/compiled_cache_dir.h"
#include "cli/input_file.h"
#include "server/extract_sandbox.h"

namespace nc::cli {
namespace {

constexpr std::size_t kMaxCleanBytes = check::extract::kMaxInputBytes;

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  if (a == b) return true;
  return std::filesystem::equivalent(a, b, ec) && !ec;
}

}  // namespace

int run_clean(const CleanRequest& r) {
  if (r.input != "-" && r.output != "-" && same_file(r.input, r.output))
    return std::cerr << "netconduct: --clean 的输出不能是原文件本身\n", 2;
  check::EngineOptions eo;
  if (!r.dictionary.empty()) {
    auto bytes = read_input(r.dictionary, kMaxCleanBytes);
    if (!bytes) return std::cerr << "netconduct: " << bytes.status().message() << "\n", 2;
    auto text = check::decode_text(*bytes);
    if (!text) return std::cerr << "netconduct: " << r.dictionary << ": " << text.status().message() << "\n", 2;
    auto terms = check::parse_dictionary(text->utf8);
    if (!terms) return std::cerr << "netconduct: " << r.dictionary << ": " << terms.status().message() << "\n", 2;
    eo.dictionary = std::move(terms).value();
  }
  std::optional<CompiledCacheDir> compiled_cache;
  if (auto dir = CompiledCacheDir::default_dir()) eo.cache = &compiled_cache.emplace(std::move(*dir));
  auto engine = check::Engine::create(eo);
  if (!engine) return std::cerr << "netconduct: " << engine.status().message() << "\n", 2;
  auto bytes = read_input(r.input, kMaxCleanBytes);
  if (!bytes) return std::cerr << "netconduct: " << bytes.status().message() << "\n", 2;

  check::extract::CleanOptions options;
  options.revisions = r.revisions == "reject" ? check::extract::Revisions::kReject : check::extract::Revisions::kAccept;
  // A PDF copy is read back by poppler in a child process, as `check` reads PDFs.
  server::SandboxOptions sandbox_options;
  sandbox_options.wall_time = options.limits.total_time_budget + std::chrono::seconds(10);
  sandbox_options.max_children = 1;
  const server::ExtractSandbox sandbox(sandbox_options);
  options.isolate = sandbox.isolate();
  auto cleaned = check::extract::clean_and_check(**engine, *bytes, options);
  if (!cleaned) {
    const std::string message = check::extract::chinese_part(cleaned.status().message());
    if (r.format == "json") {
      nlohmann::ordered_json j = {
          {"file", r.input}, {"error", message}, {"error_code", std::string(cleaned.status().code_name())}};
      std::cout << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    } else {
      std::cerr << "netconduct: " << r.input << ": 未生成清理后的副本：" << message << "\n";
    }
    return 2;
  }
  if (r.output == "-") {
    std::cout.write(cleaned->bytes.data(), static_cast<std::streamsize>(cleaned->bytes.size()));
    std::cout.flush();
  } else {
    std::ofstream out(r.output, std::ios::binary | std::ios::trunc);
    out.write(cleaned->bytes.data(), static_cast<std::streamsize>(cleaned->bytes.size()));
    out.close();
    if (!out) return std::cerr << "netconduct: 无法写入 " << r.output << "\n", 2;
  }
  std::ostream& report = r.output == "-" ? std::cerr : std::cout;
  if (r.format == "json") {
    nlohmann::ordered_json j = {{"file", r.input},
                                {"output", r.output},
                                {"format", check::extract::extension_of(cleaned->format)},
                                {"revisions", r.revisions},
                                {"removed", cleaned->removed},
                                {"remaining", cleaned->remaining}};
    report << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  } else {
    report << "已生成清理后的副本：" << r.output << "\n";
    report << "已删除：" << (cleaned->removed.empty() ? "无（未发现需要清理的内容）" : "") << "\n";
    for (const std::string& s : cleaned->removed) report << "  - " << s << "\n";
    report << "仍然存在：" << (cleaned->remaining.empty() ? "无" : "") << "\n";
    for (const std::string& s : cleaned->remaining) report << "  - " << s << "\n";
  }
  return cleaned->remaining.empty() ? 0 : 1;
}

}  // namespace nc::cli
