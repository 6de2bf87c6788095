// App: everything the handlers share — store, sessions, directory, the
// regulation's catalogue, the self-check engines, the clock — made once when
// the server starts and read by every thread. make_router() registers every
// route of the server from it, each with the one signature
// add_X_routes(Router&, const Services&), behind the access gate, with the
// built UI as the fallback.
#pragma once

#include <memory>

#include "check/engine_cache.h"
#include "server/access/checkpointer.h"
#include "server/access/directory.h"
#include "server/access/import_jobs.h"
#include "server/access/sessions.h"
#include "server/catalogue.h"
#include "server/clock.h"
#include "server/extract_sandbox.h"
#include "server/org_dictionaries.h"
#include "server/router.h"
#include "server/static_files.h"
#include "store/store.h"

namespace nc::server {

struct App {
  std::shared_ptr<store::Store> store;
  std::shared_ptr<access::Sessions> sessions;
  std::shared_ptr<access::Directory> directory;
  std::shared_ptr<access::ImportJobs> import_jobs;    // background imports
  std::shared_ptr<access::Checkpointer> checkpoints;  // null: no signing key (checkpoint route answers 503)
  std::shared_ptr<const Catalogue> catalogue;         // every stored version of every rulebook
  std::shared_ptr<check::EngineCache> engines;        // self-check, one engine per set of dictionary terms
  std::shared_ptr<OrgDictionaries> dictionaries;
  std::shared_ptr<const StaticFiles> web;             // the built UI; null: the API only
  SandboxOptions extract_sandbox;                     // limits of the children that read PDF and OCR
  // Instants are UTC; "today" (effective dates, dates of changes, due dates)
  // is the day in the clock's time zone.
  Clock clock;
};

using Services = std::shared_ptr<const App>;

std::shared_ptr<Router> make_router(const Services& app);

}  // namespace nc::server
