#include "server/handlers/dictionaries.h"

#include <algorithm>

#include "server/access/audit_note.h"
#include "server/clock.h"
#include "server/handlers/people_json.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

struct Context {
  Services services;
  std::shared_ptr<OrgDictionaries> dictionaries;
  std::shared_ptr<check::EngineCache> engines;
};

// Where the caller stands: their member entry's organisation and the
// organisations of their grants (a staff account has only the latter).
std::vector<domain::OrgId> caller_orgs(const App& s, const domain::Actor& actor) {
  std::vector<domain::OrgId> orgs;
  if (actor.member) {
    s.directory->read([&](const domain::OrgTree&, const domain::Roster& roster) {
      if (const domain::Member* m = roster.find(*actor.member)) orgs.push_back(m->org);
      return 0;
    });
  }
  for (const domain::RoleGrant& g : actor.grants) {
    if (g.org.valid() && std::find(orgs.begin(), orgs.end(), g.org) == orgs.end()) orgs.push_back(g.org);
  }
  return orgs;
}

// An organisation above the caller's reach is not named: the caller learns
// its terms (they apply to them) but not its code, name or keepers.
json dictionary_json(const store::StoredDictionary& d, const domain::OrgTree& tree, const domain::Actor& actor) {
  json terms = json::array();
  for (const auto& t : d.dictionary.terms) terms.push_back({{"term", t.term}, {"note", t.note}});
  const domain::Organisation* o = tree.find(d.dictionary.org);
  const bool named =
      o && domain::authorize(actor, domain::Action::kOrgRead, domain::org_target(tree, d.dictionary.org)).allowed;
  return {{"org", named ? org_json(*o) : json(nullptr)},
          {"inherited", !named},
          {"terms", terms},
          {"updated_at", d.updated_us ? json(iso_time(d.updated_us)) : json(nullptr)},
          {"updated_by", d.updated_us && named ? json(d.updated_by) : json(nullptr)}};
}

Response mine(const Context& c, const Request& r) {
  const domain::Actor actor = actor_of(r);
  const std::vector<domain::OrgId> orgs = caller_orgs(*c.services, actor);
  json list = c.services->directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    json out = json::array();
    for (const auto& d : c.dictionaries->applicable(tree, orgs)) out.push_back(dictionary_json(d, tree, actor));
    return out;
  });
  size_t count = 0;
  for (const auto& d : list) count += d["terms"].size();
  return Response::json(200, {{"dictionaries", list}, {"term_count", count}});
}

// Whether the dictionary of `org` applies to the caller.
bool applies_to(const domain::OrgTree& tree, domain::OrgId org, const std::vector<domain::OrgId>& orgs) {
  return std::any_of(orgs.begin(), orgs.end(), [&](domain::OrgId mine) { return tree.within(mine, org); });
}

Response one(const Context& c, const Request& r) {
  const domain::OrgId id{parse_id(r.param("id"))};
  const domain::Actor actor = actor_of(r);
  const std::vector<domain::OrgId> orgs = caller_orgs(*c.services, actor);
  return c.services->directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    if (!tree.find(id)) return Response::not_found("党组织不存在");
    const domain::Target target = domain::org_target(tree, id);
    if (!domain::authorize(actor, domain::Action::kOrgRead, target).allowed && !applies_to(tree, id, orgs)) {
      return forbidden();
    }
    json body = dictionary_json(c.dictionaries->find(id), tree, actor);
    body["may_edit"] = domain::authorize(actor, domain::Action::kDictionaryUpdate, target).allowed;
    return Response::json(200, body);
  });
}

// The body's terms, or the answer explaining why there are none.
Result<std::vector<domain::DictionaryTerm>> terms_of(const Request& r) {
  auto body = json_object(r);
  if (!body) return Status::Error(Code::kBadRequest, "请求体应为 JSON 对象");
  auto it = body->find("terms");
  if (it == body->end() || !it->is_array()) return Status::Invalid("terms 应为词条数组");
  std::vector<domain::DictionaryTerm> terms;
  for (const json& item : *it) {
    if (!item.is_object()) return Status::Invalid("每个词条应为含 term 的对象");
    auto term = string_field(item, "term");
    if (!term) return Status::Invalid("每个词条应有文字 term");
    std::string note;
    if (auto n = item.find("note"); n != item.end() && !n->is_null()) {
      if (!n->is_string()) return Status::Invalid("词条说明 note 应为文字");
      note = n->get<std::string>();
    }
    terms.push_back({std::move(*term), std::move(note)});
    if (terms.size() > domain::kMaxOrgDictionaryTerms) break;  // validate_dictionary names the limit
  }
  return domain::validate_dictionary(std::move(terms));
}

Response replace(const Context& c, const Request& r) {
  const domain::OrgId id{parse_id(r.param("id"))};
  const domain::Actor actor = actor_of(r);
  const auto allowed = c.services->directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    if (!tree.find(id)) return std::optional<bool>();
    return std::optional<bool>(
        domain::authorize(actor, domain::Action::kDictionaryUpdate, domain::org_target(tree, id)).allowed);
  });
  if (!allowed) return Response::not_found("党组织不存在");
  if (!*allowed) return forbidden();
  auto terms = terms_of(r);
  if (!terms.ok()) {
    if (terms.status().code() == Code::kBadRequest) return Response::bad_request(terms.status().message());
    return failure(terms.status());
  }
  std::vector<std::string> words;
  for (const auto& t : *terms) words.push_back(t.term);
  if (!c.engines->get(words).ok()) {
    return Response::error(Code::kInvalidInput, "词表无法用于自查，请检查词条");
  }

  const store::StoredDictionary before = c.dictionaries->find(id);
  size_t added = 0, removed = 0;
  for (const auto& t : *terms) {
    added += std::none_of(before.dictionary.terms.begin(), before.dictionary.terms.end(),
                          [&](const domain::DictionaryTerm& b) { return b.term == t.term; });
  }
  for (const auto& b : before.dictionary.terms) {
    removed += std::none_of(terms->begin(), terms->end(),
                            [&](const domain::DictionaryTerm& t) { return b.term == t.term; });
  }
  store::StoredDictionary next;
  next.dictionary.org = id;
  next.dictionary.terms = std::move(terms).value();
  next.updated_us = c.services->clock();
  next.updated_by = r.caller ? access::actor_text(r.caller->user) : "";
  // The terms themselves stay out of the log: the counts say what changed.
  auto note = access::audit_note(r, c.services->clock, "dictionary.update", "org:" + std::to_string(id.value), id,
                                 std::nullopt,
                                 "terms=" + std::to_string(next.dictionary.terms.size()) +
                                     " added=" + std::to_string(added) + " removed=" + std::to_string(removed));
  if (Status s = c.dictionaries->replace(next, note); !s.ok()) return failure(s);
  json body = c.services->directory->read(
      [&](const domain::OrgTree& tree, const domain::Roster&) { return dictionary_json(next, tree, actor); });
  body["may_edit"] = true;
  return Response::json(200, body);
}

}  // namespace

void add_dictionary_routes(Router& router, Services services, std::shared_ptr<OrgDictionaries> dictionaries,
                           std::shared_ptr<check::EngineCache> engines) {
  auto c = std::make_shared<const Context>(Context{std::move(services), std::move(dictionaries), std::move(engines)});
  router.get("/api/v1/me/dictionary", [c](const Request& r) { return mine(*c, r); });
  router.get("/api/v1/organisations/{id}/dictionary", [c](const Request& r) { return one(*c, r); });
  router.add("PUT", "/api/v1/organisations/{id}/dictionary", [c](const Request& r) { return replace(*c, r); });
}

CallerTerms dictionary_terms_of_caller(Services services, std::shared_ptr<const OrgDictionaries> dictionaries) {
  return [services, dictionaries](const Request& r) {
    const std::vector<domain::OrgId> orgs = caller_orgs(*services, actor_of(r));
    if (orgs.empty()) return std::vector<std::string>();
    return services->directory->read(
        [&](const domain::OrgTree& tree, const domain::Roster&) { return dictionaries->terms(tree, orgs); });
  };
}

}  // namespace nc::server::handlers
