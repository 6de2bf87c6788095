// What the people-and-access handlers share: the store, sessions, the
// in-memory directory and the clock, plus the small translations every one
// of them needs (JSON bodies, the caller as a domain Actor, error answers).
// Handlers decide nothing about permissions: they ask nc::domain::authorize.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "domain/authorization.h"
#include "server/access/checkpointer.h"
#include "server/access/directory.h"
#include "server/access/import_jobs.h"
#include "server/access/sessions.h"
#include "server/clock.h"
#include "server/request.h"
#include "server/response.h"
#include "store/store.h"

namespace nc::server::handlers {

struct App {
  std::shared_ptr<store::Store> store;
  std::shared_ptr<access::Sessions> sessions;
  std::shared_ptr<access::Directory> directory;
  std::shared_ptr<access::ImportJobs> import_jobs;  // background imports
  Clock clock;
  std::shared_ptr<access::Checkpointer> checkpoints;  // null: no signing key (checkpoint route answers 503)
};

// The caller as authorize() sees it; an inactive actor without a caller.
domain::Actor actor_of(const Request& request);
// The body as a JSON object, or nothing (malformed, not an object).
std::optional<nlohmann::json> json_object(const Request& request);
// A string field of `body`, or nothing when absent or not a string.
std::optional<std::string> string_field(const nlohmann::json& body, const char* name);
// A positive id from a path parameter or a query value; 0 when malformed.
std::uint32_t parse_id(std::string_view text);

Response forbidden();
// Maps a failing Status to its answer: forbidden, not_found, conflict, ...
Response failure(const Status& status);

}  // namespace nc::server::handlers
