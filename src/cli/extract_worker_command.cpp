// `netconduct extract-worker`: hidden. The child process that
// server::ExtractSandbox starts to read one PDF or image (see
// server/extract_sandbox.h): the document on stdin, the answer on stdout,
// its limits on the command line. Not for people to run.
#include <memory>

#include "cli/commands.h"
#include "server/extract_sandbox.h"

namespace nc::cli {

void add_extract_worker_command(CLI::App& app, Runner* runner) {
  auto args = std::make_shared<server::WorkerArgs>();
  auto ocr = std::make_shared<int>(1);
  auto limits = std::make_shared<check::extract::Limits>();
  CLI::App* cmd = app.add_subcommand("extract-worker", "internal: reads one document in a child process");
  cmd->group("");  // hidden from --help
  cmd->add_option("--memory-bytes", args->memory_bytes);
  cmd->add_option("--cpu-seconds", args->cpu_seconds);
  cmd->add_option("--time-ms", args->total_ms);
  cmd->add_option("--ocr-ms", args->ocr_ms);
  cmd->add_option("--max-input-bytes", limits->max_input_bytes);
  cmd->add_option("--max-text-bytes", limits->max_text_bytes);
  cmd->add_option("--max-pdf-pages", limits->max_pdf_pages);
  cmd->add_option("--max-image-pixels", limits->max_image_pixels);
  cmd->add_option("--ocr", *ocr)->check(CLI::Range(0, 1));
  cmd->add_option("--tessdata", args->options.tessdata_dir);
  cmd->add_option("--languages", args->options.ocr_languages);
  cmd->callback([args, ocr, limits, runner] {
    *runner = [args, ocr, limits] {
      server::WorkerArgs a = *args;
      a.options.limits = *limits;
      if (a.total_ms > 0) a.options.limits.total_time_budget = std::chrono::milliseconds(a.total_ms);
      if (a.ocr_ms > 0) a.options.limits.ocr_time_budget = std::chrono::milliseconds(a.ocr_ms);
      a.options.ocr = *ocr != 0;
      return server::run_extract_worker(a);
    };
  });
}

}  // namespace nc::cli
