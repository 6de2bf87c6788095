// ExtractSandbox: runs the extraction of one document in a child process, the
// way browsers isolate their image and PDF decoders. Poppler cannot be
// interrupted inside a page, and leptonica and tesseract hold a decoded image
// and its copies however large: a 196 KB PDF whose page inflates to 1 GiB
// took the whole server with it. In a child, such a file costs the child.
//
// The child is this same executable (/proc/self/exe) run as
// `netconduct extract-worker` (cli/extract_worker_command.cpp), started with
// posix_spawn (safe in a multithreaded server; no fork without exec). It gets
// the document on stdin, sets RLIMIT_AS and RLIMIT_CPU before it reads a
// byte, runs check::extract::extract() and writes its answer on stdout
// (check/extract/worker_protocol.h). The parent writes and reads through
// poll() under a wall-clock deadline, SIGKILLs a child that outlives it,
// always reaps it, and reads the answer as hostile (bounded, validated).
//
// What a failure becomes (Status codes as extract() uses them):
//   - the wall clock ran out, or the CPU-time limit (SIGXCPU)      → timeout
//   - the child died otherwise (its allocations fail at RLIMIT_AS;
//     poppler aborts on a failed allocation) or exited non-zero    → limit_exceeded
//   - it exited 0 with an answer that does not decode              → corrupt_input
//   - more than max_children children are running already          → busy
// The server answers `busy` with 503; the CLI runs one file at a time.
//
// Thread-safe: run() may be called from any number of threads; at most
// max_children children exist at once.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "check/extract/extractor.h"
#include "common/status.h"
#include "server/in_flight.h"

namespace nc::server {

struct SandboxOptions {
  // The child's command line before the options run() adds; the default is
  // this executable's hidden worker subcommand. Tests put a script here.
  std::vector<std::string> command = {"/proc/self/exe", "extract-worker"};
  // Address space of the child (RLIMIT_AS). Under ASan, whose shadow memory
  // needs terabytes of address space, ASan's hard_rss_limit_mb instead.
  std::size_t memory_bytes = std::size_t{768} << 20;
  std::chrono::seconds cpu_time{30};            // RLIMIT_CPU of the child
  std::chrono::milliseconds wall_time{40'000};  // then SIGKILL
  int max_children = 2;
};

class ExtractSandbox {
 public:
  explicit ExtractSandbox(SandboxOptions options = {});

  Result<check::extract::ExtractedDocument> run(std::string_view bytes, const check::extract::Options& options) const;

  // For check::extract::Options::isolate; the sandbox must outlive it.
  std::function<Result<check::extract::ExtractedDocument>(std::string_view, const check::extract::Options&)> isolate()
      const;

  const SandboxOptions& options() const { return options_; }

 private:
  SandboxOptions options_;
  InFlight running_;
};

// The worker's side: what `netconduct extract-worker` does with its stdin
// and stdout. Sets the limits named on its command line (see
// extract_sandbox.cpp), reads the document, extracts, answers. Returns the
// process's exit code.
struct WorkerArgs {
  std::size_t memory_bytes = 0;  // 0: no RLIMIT_AS
  long cpu_seconds = 0;          // 0: no RLIMIT_CPU
  check::extract::Options options;
  long total_ms = 0, ocr_ms = 0;  // the extraction's own time budgets
};
int run_extract_worker(const WorkerArgs& args);

}  // namespace nc::server
