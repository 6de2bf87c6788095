#include "server/extract_sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <thread>
#include <type_traits>
#include <utility>

#include "check/extract/worker_protocol.h"
#include "ooxml/budget.h"

extern char** environ;

#if defined(__SANITIZE_ADDRESS__)
#define NC_SANDBOX_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NC_SANDBOX_ASAN 1
#endif
#endif

namespace nc::server {
namespace {

using check::extract::ExtractedDocument;
using Clock = std::chrono::steady_clock;

class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() { reset(); }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_ = -1;
};

Status limit(std::string_view zh, std::string_view en) { return ooxml::limit_error(zh, en); }

Status memory_exceeded() {
  return limit("处理此文件所需内存过多，已停止", "reading the file needed more memory than allowed and was stopped");
}

Status took_too_long() {
  return ooxml::timeout_error("处理超时，文件过于复杂", "reading the file took longer than allowed and was stopped");
}

Status cannot_start() {
  return Status::Error(Code::kBusy, "暂时无法处理文件，请稍后重试 / cannot start the file's reader now; try again later");
}

void ignore_sigpipe() {
  // A child that dies before it read its stdin must not take the parent
  // with it: writes then fail with EPIPE instead.
  static std::once_flag once;
  std::call_once(once, [] { ::signal(SIGPIPE, SIG_IGN); });
}

int remaining_ms(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return left <= 0 ? 0 : static_cast<int>(std::min<long long>(left, 60'000));
}

// Reaps the child, killing it once the deadline has passed.
int reap(pid_t pid, Clock::time_point deadline, bool* killed) {
  int status = 0;
  while (true) {
    const pid_t r = ::waitpid(pid, &status, *killed ? 0 : WNOHANG);
    if (r == pid) return status;
    if (r < 0 && errno != EINTR) return 0;
    if (r == 0) {
      if (Clock::now() >= deadline) {
        ::kill(pid, SIGKILL);
        *killed = true;
      } else {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
    }
  }
}

}  // namespace

ExtractSandbox::ExtractSandbox(SandboxOptions options)
    : options_(std::move(options)), running_(options_.max_children) {}

std::function<Result<ExtractedDocument>(std::string_view, const check::extract::Options&)> ExtractSandbox::isolate()
    const {
  return [this](std::string_view bytes, const check::extract::Options& o) { return run(bytes, o); };
}

Result<ExtractedDocument> ExtractSandbox::run(std::string_view bytes, const check::extract::Options& options) const {
  InFlight::Slot slot(running_);
  if (!slot.acquired())
    return Status::Error(Code::kBusy, "正在检查的文件较多，请稍后重试 / too many files are being read at once");
  ignore_sigpipe();

  const check::extract::Limits& l = options.limits;
  std::vector<std::string> args = options_.command;
  auto add = [&args](const char* flag, auto value) {
    args.emplace_back(flag);
    if constexpr (std::is_convertible_v<decltype(value), std::string>) {
      args.emplace_back(value);
    } else {
      args.push_back(std::to_string(value));
    }
  };
  add("--memory-bytes", options_.memory_bytes);
  add("--cpu-seconds", static_cast<long long>(options_.cpu_time.count()));
  add("--time-ms", static_cast<long long>(l.total_time_budget.count()));
  add("--ocr-ms", static_cast<long long>(l.ocr_time_budget.count()));
  add("--max-input-bytes", l.max_input_bytes);
  add("--max-text-bytes", l.max_text_bytes);
  add("--max-pdf-pages", l.max_pdf_pages);
  add("--max-image-pixels", l.max_image_pixels);
  add("--ocr", std::string(options.ocr ? "1" : "0"));
  if (!options.tessdata_dir.empty()) add("--tessdata", options.tessdata_dir);
  if (!options.ocr_languages.empty()) add("--languages", options.ocr_languages);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  // Tesseract's OpenMP threads would each take an arena of the budget.
  std::vector<std::string> env_strings = {"OMP_THREAD_LIMIT=1"};
#ifdef NC_SANDBOX_ASAN
  // ASan's shadow memory rules out RLIMIT_AS; its own RSS limit stands in,
  // so that the test build's children are bounded too (a child over it dies
  // with an error, which is limit_exceeded like a failed allocation).
  const char* asan = std::getenv("ASAN_OPTIONS");
  env_strings.push_back(std::string("ASAN_OPTIONS=") + (asan ? asan : "") + (asan && *asan ? ":" : "") +
                        "hard_rss_limit_mb=" + std::to_string(options_.memory_bytes >> 20));
#endif
  std::vector<char*> envp;
  for (char** e = environ; e && *e; ++e)
    if (std::strncmp(*e, "OMP_THREAD_LIMIT=", 17) != 0 && std::strncmp(*e, "ASAN_OPTIONS=", 13) != 0)
      envp.push_back(*e);
  for (std::string& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);

  int in_pipe[2], out_pipe[2];
  if (::pipe2(in_pipe, O_CLOEXEC) != 0) return cannot_start();
  Fd in_read(in_pipe[0]), in_write(in_pipe[1]);
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) return cannot_start();
  Fd out_read(out_pipe[0]), out_write(out_pipe[1]);

  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_read.get(), 0);
  posix_spawn_file_actions_adddup2(&actions, out_write.get(), 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_init(&attr);
  // The server's threads may block or catch signals; the child starts clean.
  sigset_t none, all;
  sigemptyset(&none);
  sigfillset(&all);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &all);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  pid_t pid = -1;
  const int spawned = ::posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  in_read.reset();
  out_write.reset();
  if (spawned != 0) return cannot_start();

  const Clock::time_point deadline = Clock::now() + options_.wall_time;
  ::fcntl(in_write.get(), F_SETFL, O_NONBLOCK);
  ::fcntl(out_read.get(), F_SETFL, O_NONBLOCK);
  const std::size_t max_answer = check::extract::max_answer_bytes(l);
  std::string answer;
  std::size_t written = 0;
  bool killed = false, oversized = false;
  if (bytes.empty()) in_write.reset();
  while (true) {
    pollfd fds[2];
    nfds_t n = 0;
    fds[n++] = {out_read.get(), POLLIN, 0};
    if (in_write.get() >= 0) fds[n++] = {in_write.get(), POLLOUT, 0};
    const int wait = remaining_ms(deadline);
    if (wait == 0) {
      ::kill(pid, SIGKILL);
      killed = true;
      break;
    }
    const int ready = ::poll(fds, n, wait);
    if (ready < 0) {
      if (errno == EINTR) continue;
      ::kill(pid, SIGKILL);
      killed = true;
      break;
    }
    if (n > 1 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      const ssize_t w = ::write(in_write.get(), bytes.data() + written, bytes.size() - written);
      if (w > 0) written += static_cast<std::size_t>(w);
      if ((w < 0 && errno != EAGAIN && errno != EINTR) || written == bytes.size()) in_write.reset();
    }
    if (fds[0].revents & (POLLIN | POLLERR | POLLHUP)) {
      char buf[65536];
      const ssize_t r = ::read(out_read.get(), buf, sizeof buf);
      if (r == 0) break;  // the child closed its stdout
      if (r < 0) {
        if (errno == EAGAIN || errno == EINTR) continue;
        break;
      }
      if (answer.size() + static_cast<std::size_t>(r) > max_answer) {
        ::kill(pid, SIGKILL);
        killed = oversized = true;
        break;
      }
      answer.append(buf, static_cast<std::size_t>(r));
    }
  }
  in_write.reset();
  out_read.reset();
  const int status = reap(pid, deadline, &killed);

  if (oversized) return limit("提取出的文字过多", "too much text extracted from the file");
  // Killed here at the deadline (while reading or while reaping).
  if (killed) return took_too_long();
  // Out of CPU time (RLIMIT_CPU's soft limit); any other signal is a child
  // that died at its memory limit (a failed allocation aborts poppler) or
  // was ended by the kernel's OOM killer.
  if (WIFSIGNALED(status)) return WTERMSIG(status) == SIGXCPU ? took_too_long() : memory_exceeded();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return memory_exceeded();
  return check::extract::decode_result(answer, l);
}

// ---- the worker's side ------------------------------------------------------

int run_extract_worker(const WorkerArgs& a) {
#ifndef NC_SANDBOX_ASAN
  if (a.memory_bytes > 0) {
    const rlimit as{a.memory_bytes, a.memory_bytes};
    if (::setrlimit(RLIMIT_AS, &as) != 0) return 3;
  }
#endif
  if (a.cpu_seconds > 0) {
    const rlimit cpu{static_cast<rlim_t>(a.cpu_seconds), static_cast<rlim_t>(a.cpu_seconds + 1)};
    if (::setrlimit(RLIMIT_CPU, &cpu) != 0) return 3;
  }
  std::string out;
  try {
    check::extract::Options options = a.options;
    options.isolate = nullptr;
    std::string bytes;
    const std::size_t max = options.limits.max_input_bytes;
    char buf[65536];
    bool too_big = false;
    while (true) {
      const ssize_t r = ::read(0, buf, sizeof buf);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) break;
      if (bytes.size() + static_cast<std::size_t>(r) > max) {
        too_big = true;
        break;
      }
      bytes.append(buf, static_cast<std::size_t>(r));
    }
    out = too_big ? check::extract::encode_result(
                        limit("文件过大，超过检查上限", "the file is larger than the limit for checking"))
                  : check::extract::encode_result(check::extract::extract(bytes, options));
  } catch (const std::bad_alloc&) {
    out = check::extract::encode_result(memory_exceeded());
  }
  std::size_t done = 0;
  while (done < out.size()) {
    const ssize_t w = ::write(1, out.data() + done, out.size() - done);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return 4;
    done += static_cast<std::size_t>(w);
  }
  return 0;
}

}  // namespace nc::server
