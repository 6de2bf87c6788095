// netconduct bench-data --data DIR --members N [--seed S] [--as-of DATE]
// [--root-name NAME] [--accounts K] [--records R]: writes a fresh data directory holding a
// synthetic party hierarchy of exactly N members, for benchmarks and for
// trying the UI at scale. Nothing in it is a real person.
//
// Shape (always seven levels, the real one): 中央 → 省 → 市 → 县 → 党委 →
// 党总支 → 党支部, members only in the 党支部. The counts are derived from N
// bottom-up: about 38 members per 党支部, 5 党支部 per 党总支, 4 党总支 per 党委,
// 10 党委 per 县, 8 县 per 市, 11 市 per 省 (at most 34 省), each level at least
// one; so 1,000,000 members give about 33,000 organisations (30 members per
// organisation, as the party's 99 M members in 5.2 M organisations give 19),
// and a small N keeps the shape with single organisations at the top. Each
// organisation's share of the level below is drawn with weights from 0.4 to
// 1.6, so sizes vary but every organisation has at least one child (and every
// 党支部 at least one member).
//
// Members: 3 % 预备党员, and those too young to have served a year since 18
// (about 4 % in all; joined within the year before --as-of, not yet
// regularised), the rest 正式党员 (joined at 18 or later and at least a year
// before --as-of, regularised a year after joining); 8 % cadres with a level;
// statuses 正常 except 1.2 % 已转出, 0.5 % 失联, 1 % 已去世, 0.3 % 已出党
// (正式党员 only, since a day after regularisation). The birth date drawn to
// keep joining at 18 or later is not stored (members have no birth date).
//
// Deterministic: the same N, seed, as-of date and root name give the same
// rows, byte for byte (ids, codes, names, dates); the command prints a
// SHA-256 over them. Accounts (--accounts) get random passwords, printed once.
//
// Written through the Store in transactions of up to 50,000 members (with
// the organisations created before them), one audit entry each; memory
// follows the batch and the per-level counts, never the whole directory.
//
// Exit: 0 written; 2 anything else (bad option, directory not empty, store).
#include <sodium.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "cli/data_dir.h"
#include "common/utf8.h"
#include "domain/audit_actions.h"
#include "domain/columns.h"
#include "domain/date.h"
#include "domain/member.h"
#include "domain/organisation.h"
#include "domain/role.h"
#include "domain/workflow.h"
#include "server/access/credentials.h"
#include "server/clock.h"

namespace nc::cli {
namespace {

using namespace nc::domain;

constexpr std::uint64_t kMaxMembers = 100'000'000;
constexpr int kMaxAccounts = 100;
constexpr std::size_t kBatch = 50'000;
constexpr int kLevels = 7;  // 中央, 省, 市, 县, 党委, 党总支, 党支部

struct BenchDataOptions {
  std::string data;
  std::uint64_t members = 0;
  std::uint64_t seed = 1;
  std::string as_of = "2026-12-01";
  std::string root_name = "中共中央（模拟数据）";
  int accounts = 0;
  std::uint64_t records = 0;  // register records (issue 10's benchmark), across the kinds
};

int fail(const std::string& message) {
  std::cerr << "netconduct bench-data: " << message << "\n";
  return 2;
}

// splitmix64: small, fast, and the same sequence on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // 0 .. n-1 (n > 0); the modulo bias is below 2^-40 for the n used here.
  std::uint64_t below(std::uint64_t n) { return next() % n; }

 private:
  std::uint64_t state_;
};

// Splits `total` (>= parts) into `parts` shares, each at least 1, the rest
// by integer weights 40..160: the same split for the same generator state.
std::vector<std::uint32_t> apportion(std::uint64_t total, std::uint64_t parts, Rng& rng) {
  std::vector<std::uint32_t> weights(parts);
  std::uint64_t weight_sum = 0;
  for (auto& w : weights) {
    w = static_cast<std::uint32_t>(40 + rng.below(121));
    weight_sum += w;
  }
  const std::uint64_t rest = total - parts;  // at most 1e8; weight_sum * rest fits 64 bits
  std::vector<std::uint32_t> shares(parts);
  std::uint64_t cumulative = 0, given = 0;
  for (std::size_t i = 0; i < parts; ++i) {
    cumulative += weights[i];
    const std::uint64_t upto = cumulative * rest / weight_sum;
    shares[i] = static_cast<std::uint32_t>(1 + upto - given);
    given = upto;
  }
  return shares;
}

std::uint64_t at_least_one(std::uint64_t n, std::uint64_t divisor) { return std::max<std::uint64_t>(1, (n + divisor / 2) / divisor); }

// How many organisations each level has, and how the level below is shared
// among them.
struct Plan {
  std::array<std::uint64_t, kLevels> count{};
  std::array<std::vector<std::uint32_t>, kLevels> children;  // children[L][j]: of the j-th at level L (members at 6)
};

Plan make_plan(std::uint64_t members, Rng& rng) {
  Plan p;
  p.count[6] = at_least_one(members, 38);
  p.count[5] = at_least_one(p.count[6], 5);
  p.count[4] = at_least_one(p.count[5], 4);
  p.count[3] = at_least_one(p.count[4], 10);
  p.count[2] = at_least_one(p.count[3], 8);
  p.count[1] = std::min<std::uint64_t>(34, at_least_one(p.count[2], 11));
  p.count[0] = 1;
  p.children[6] = apportion(members, p.count[6], rng);
  for (int level = 5; level >= 0; --level) p.children[level] = apportion(p.count[level + 1], p.count[level], rng);
  return p;
}

// --- Names: fixed tables, so the same draws give the same names ----------------------

constexpr std::string_view kPlaceChars[] = {
    "东", "西", "南", "北", "江", "河", "湖", "山", "海", "云", "青", "龙", "安", "平", "宁", "华",
    "嘉", "永", "兴", "昌", "丰", "泰", "临", "清", "新", "长", "金", "玉", "和", "光", "明", "阳",
    "春", "德", "福", "林", "松", "桂", "兰", "川", "溪", "石", "桥", "泉", "源", "峰", "岭", "田"};
constexpr std::string_view kSurnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
    "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
    "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
    "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟", "熊", "秦", "邱",
    "江", "尹", "薛", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱",
    "严", "武", "戴", "莫", "孔", "汤", "欧阳", "司马", "上官", "诸葛"};
constexpr std::string_view kGivenChars[] = {
    "伟", "芳", "娜", "秀", "英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "兰", "霞", "平", "刚", "桂", "华", "建", "国", "红", "志", "文", "玉", "梅", "鑫", "斌", "宇", "浩",
    "凯", "晨", "欣", "怡", "轩", "雨", "萱", "博", "海", "燕", "春", "晓", "东", "立", "新", "卫", "淑", "珍",
    "德", "荣", "庆", "福", "林", "峰", "颖", "琳", "佳", "慧", "婷", "雪", "亮", "辉", "成", "振", "春", "秋"};
constexpr std::string_view kCommitteeKinds[] = {
    "镇委员会",         "乡委员会",         "街道工作委员会",   "第一中学委员会",   "人民医院委员会",
    "供电公司委员会",   "机关委员会",       "经济开发区委员会", "交通运输集团委员会", "职业技术学院委员会",
    "农业发展公司委员会", "中心医院委员会"};
constexpr std::string_view kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

template <std::size_t N>
std::string_view pick(const std::string_view (&table)[N], Rng& rng) {
  return table[rng.below(N)];
}

std::string place(Rng& rng) { return std::string(pick(kPlaceChars, rng)) + std::string(pick(kPlaceChars, rng)); }

// 1 → 一, 10 → 十, 21 → 二十一, 105 → 105 (ordinals this large are rare).
std::string chinese_number(std::uint32_t n) {
  if (n == 0 || n >= 100) return std::to_string(n);
  if (n < 10) return std::string(kDigits[n]);
  std::string s = n / 10 == 1 ? "" : std::string(kDigits[n / 10]);
  return s + "十" + std::string(kDigits[n % 10]);
}

std::string person_name(Rng& rng) {
  std::string name(pick(kSurnames, rng));
  name += pick(kGivenChars, rng);
  if (rng.below(10) < 7) name += pick(kGivenChars, rng);
  return name;
}

// --- Generation -------------------------------------------------------------------------

class Generator {
 public:
  Generator(store::Store& store, const BenchDataOptions& o, Date as_of)
      : store_(store), options_(o), as_of_(as_of), as_of_days_(days_since_epoch(as_of)), rng_(o.seed) {
    Rng plan_rng(o.seed ^ 0x6E632D62656E6368ull);  // "nc-bench"
    plan_ = make_plan(o.members, plan_rng);
    org_created_ = date_from_days(as_of_days_ - 7305);  // 20 years before
    crypto_hash_sha256_init(&digest_);
    audit_.entry.actor = cli_actor();
    audit_.entry.action = domain::AuditAction("bench-data.load").id();
    audit_.entry.target = "directory";
    audit_.entry.origin = "local";
  }

  Status run() {
    emit_org(0, std::nullopt, 0);
    if (status_.ok()) flush();
    return status_;
  }

  const Plan& plan() const { return plan_; }
  std::uint64_t organisations() const { return org_count_; }
  std::uint64_t members() const { return member_count_; }
  std::string digest() {
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&digest_, out);
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, out, sizeof out);
    return hex;
  }
  // Branches with a member on the roll, first ones first: whom secretaries link to.
  const std::vector<std::pair<OrgId, MemberId>>& branch_contacts() const { return contacts_; }
  // Every member on the roll with their branch (only with --records: whose records to make).
  const std::vector<std::pair<OrgId, MemberId>>& on_roll_members() const { return roll_; }

 private:
  void emit_org(int level, std::optional<OrgId> parent, std::uint32_t index_in_parent) {
    if (!status_.ok()) return;
    const std::uint64_t ordinal = next_ordinal_[level]++;
    Organisation o;
    o.id = OrgId{static_cast<std::uint32_t>(++org_count_)};
    o.parent = parent;
    o.created = org_created_;
    o.parents.push_back({parent, org_created_, std::nullopt});
    char code[24];
    static constexpr const char* kPrefix[kLevels] = {"ZY", "SW", "DSW", "XW", "DW", "ZZ", "ZB"};
    std::snprintf(code, sizeof code, "%s%07llu", kPrefix[level], static_cast<unsigned long long>(ordinal + 1));
    o.code = code;
    const std::uint32_t n = index_in_parent + 1;
    switch (level) {
      case 0: o.name = options_.root_name; o.type = OrgType::kCommittee; break;
      case 1: o.name = "中共" + place(rng_) + "省委员会"; o.type = OrgType::kCommittee; break;
      case 2: o.name = "中共" + place(rng_) + "市委员会"; o.type = OrgType::kCommittee; break;
      case 3: o.name = "中共" + place(rng_) + (rng_.below(3) == 0 ? "区委员会" : "县委员会"); o.type = OrgType::kCommittee; break;
      case 4: o.name = "中共" + place(rng_) + std::string(pick(kCommitteeKinds, rng_)); o.type = OrgType::kCommittee; break;
      case 5:
        o.name = n == 1 ? "机关党总支" : "第" + chinese_number(n) + "党总支";
        o.type = OrgType::kGeneralBranch;
        break;
      default: {
        const auto kind = rng_.below(10);
        o.name = kind < 2   ? place(rng_) + "村党支部"
                 : kind < 4 ? place(rng_) + "社区党支部"
                 : kind < 5 ? std::string("离退休党支部")
                            : "第" + chinese_number(n) + "党支部";
        o.type = OrgType::kBranch;
      }
    }
    hash_line(std::to_string(o.id.value) + "\t" + o.code + "\t" + o.name + "\t" +
              std::to_string(static_cast<int>(o.type)) + "\t" + (parent ? std::to_string(parent->value) : "") + "\t" +
              o.created.iso());
    events_.push_back({OrgEventKind::kCreated, o.id, o.created, std::nullopt, parent, "", o.name});
    const OrgId id = o.id;
    orgs_.push_back(std::move(o));
    if (orgs_.size() >= kBatch) flush();

    const std::uint32_t below = plan_.children[level][ordinal];
    if (level == kLevels - 1) {
      std::optional<MemberId> contact;
      for (std::uint32_t i = 0; i < below && status_.ok(); ++i) {
        const std::optional<MemberId> m = emit_member(id);
        if (!contact) contact = m;
        if (m && options_.records > 0) roll_.push_back({id, *m});
      }
      if (contact && contacts_.size() < static_cast<std::size_t>(kMaxAccounts)) contacts_.push_back({id, *contact});
    } else {
      for (std::uint32_t i = 0; i < below && status_.ok(); ++i) emit_org(level + 1, id, i);
    }
  }

  // The new member's id when they are on the roll.
  std::optional<MemberId> emit_member(OrgId org) {
    Member m;
    m.id = MemberId{static_cast<std::uint32_t>(++member_count_)};
    m.org = org;
    m.name = person_name(rng_);
    char number[24];
    std::snprintf(number, sizeof number, "DY%09llu", static_cast<unsigned long long>(member_count_));
    m.number = number;

    // Age at the as-of date: a party that is older than the population.
    const auto band = rng_.below(100);
    const std::int64_t age = band < 20 ? 18 + rng_.below(18) : band < 55 ? 36 + rng_.below(25) : 61 + rng_.below(35);
    // age * 365 + age / 4 + 2 days covers `age` calendar years with their leap days.
    const std::int64_t birth = as_of_days_ - age * 365 - age / 4 - 2 - static_cast<std::int64_t>(rng_.below(365));
    const Date b = date_from_days(birth);
    const std::int64_t adult = days_since_epoch(Date{b.year + 18, b.month, std::min(b.day, 28)});
    const std::int64_t latest_full = as_of_days_ - 366;  // regularised a year after joining, by the as-of date

    const bool probationary = rng_.below(100) < 3 || adult > latest_full;
    std::int64_t joined;
    if (probationary) {
      joined = std::max(as_of_days_ - static_cast<std::int64_t>(rng_.below(365)), adult);
      m.category = Category::kProbationary;
    } else {
      const std::int64_t span = latest_full - adult;
      const std::int64_t window = rng_.below(10) < 8 ? std::min<std::int64_t>(span, 17 * 365) : span;
      joined = adult + static_cast<std::int64_t>(rng_.below(static_cast<std::uint64_t>(window) + 1));
      m.category = Category::kFull;
      m.regularised = date_from_days(joined + 365);
    }
    m.joined = date_from_days(joined);
    const Date org_from = std::max(*m.joined, org_created_);
    m.org_history = {{org, org_from, std::nullopt}};

    if (rng_.below(100) < 8) {
      m.cadre = true;
      const auto l = rng_.below(1000);
      m.cadre_level = l < 2     ? CadreLevel::kProvincial
                      : l < 30  ? CadreLevel::kBureau
                      : l < 200 ? CadreLevel::kCounty
                      : l < 800 ? CadreLevel::kTownship
                                : CadreLevel::kOther;
    }

    const auto s = rng_.below(1000);
    if (!probationary && s < 30) {
      m.status = s < 12 ? MemberStatus::kTransferredOut
                 : s < 17 ? MemberStatus::kLostContact
                 : s < 27 ? MemberStatus::kDeceased
                          : MemberStatus::kLeft;
      const std::int64_t first = days_since_epoch(std::max(*m.regularised, org_from)) + 1;
      const std::int64_t since = first + static_cast<std::int64_t>(rng_.below(static_cast<std::uint64_t>(std::max<std::int64_t>(as_of_days_ - first, 0)) + 1));
      m.status_since = date_from_days(std::min(since, as_of_days_));
      m.status_history = {{MemberStatus::kActive, org_from, m.status_since},
                          {m.status, *m.status_since, std::nullopt}};
    } else {
      m.status_history = {{MemberStatus::kActive, org_from, std::nullopt}};
    }

    hash_line(std::to_string(m.id.value) + "\t" + m.number + "\t" + m.name + "\t" + std::to_string(org.value) + "\t" +
              std::to_string(static_cast<int>(m.category)) + "\t" + std::to_string(m.cadre ? 1 : 0) + "\t" +
              std::to_string(static_cast<int>(m.cadre_level)) + "\t" + std::to_string(static_cast<int>(m.status)) +
              "\t" + (m.status_since ? m.status_since->iso() : "") + "\t" + m.joined->iso() + "\t" +
              (m.regularised ? m.regularised->iso() : "") + "\t" + org_from.iso());
    const std::optional<MemberId> id = on_roll(m.status) ? std::optional(m.id) : std::nullopt;
    members_.push_back(std::move(m));
    if (members_.size() >= kBatch) flush();
    return id;
  }

  void hash_line(const std::string& line) {
    crypto_hash_sha256_update(&digest_, reinterpret_cast<const unsigned char*>(line.data()), line.size());
    crypto_hash_sha256_update(&digest_, reinterpret_cast<const unsigned char*>("\n"), 1);
  }

  // One transaction: the organisations made since the last one (parents
  // before children), their creation events, then the members (whose
  // organisations are stored by now).
  void flush() {
    if (!status_.ok() || (orgs_.empty() && members_.empty())) return;
    store::AuditRecord audit = audit_;
    audit.entry.time_us = server::system_now_us();
    audit.entry.detail = "organisations=" + std::to_string(orgs_.size()) + " members=" + std::to_string(members_.size()) +
                         " seed=" + std::to_string(options_.seed);
    status_ = store_.save_directory(orgs_, events_, members_, audit);
    orgs_.clear();
    events_.clear();
    members_.clear();
  }

  store::Store& store_;
  const BenchDataOptions& options_;
  Date as_of_;
  std::int64_t as_of_days_;
  Date org_created_;
  Rng rng_;
  Plan plan_;
  std::array<std::uint64_t, kLevels> next_ordinal_{};
  std::uint64_t org_count_ = 0, member_count_ = 0;
  std::vector<Organisation> orgs_;
  std::vector<OrgEvent> events_;
  std::vector<Member> members_;
  std::vector<std::pair<OrgId, MemberId>> contacts_;
  std::vector<std::pair<OrgId, MemberId>> roll_;
  store::AuditRecord audit_;
  crypto_hash_sha256_state digest_;
  Status status_ = Status::Ok();
};

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    i += len;
  }
  return true;
}

// --records N: register records for the registers' benchmark (bench/registers),
// written through Store::load_records in transactions of kBatch: the i-th
// record of kind i mod (number of kinds), about a member on the roll drawn at
// random (kept by their branch), in a state of its kind drawn at random
// (entered on the record's day, due when the state has a due date), dated in
// the two years before --as-of. Deterministic for the same options.
Status load_records(store::Store& store, const Generator& gen, const BenchDataOptions& o, Date as_of) {
  namespace wf = nc::domain::workflow;
  const auto& roll = gen.on_roll_members();
  const auto kinds = wf::kinds();
  if (o.records == 0 || roll.empty() || kinds.empty()) return Status::Ok();
  Rng rng(o.seed ^ 0x7265636F726473ull);  // "records"
  const std::int64_t last = days_since_epoch(as_of) - 1;
  std::vector<store::WorkflowRecord> batch;
  batch.reserve(kBatch);
  store::AuditRecord audit;
  audit.entry.actor = cli_actor();
  audit.entry.action = domain::AuditAction("bench-data.load").id();
  audit.entry.target = "records";
  audit.entry.origin = "local";
  for (std::uint64_t i = 0; i < o.records; ++i) {
    const wf::Kind& kind = *kinds[i % kinds.size()];
    const auto& [org, member] = roll[rng.below(roll.size())];
    const wf::State& state = kind.states[rng.below(kind.states.size())];
    const Date day = date_from_days(last - static_cast<std::int64_t>(rng.below(730)));
    store::WorkflowRecord r;
    r.kind = std::string(kind.id);
    r.subject = member;
    r.org = org;
    r.state = std::string(state.id);
    r.fields = R"({"description":"模拟登记 )" + std::to_string(i + 1) + R"("})";
    r.date = day;
    r.due = wf::due_date(state, day);
    r.created_us = r.updated_us = days_since_epoch(day) * 86'400'000'000LL;
    batch.push_back(std::move(r));
    if (batch.size() == kBatch || i + 1 == o.records) {
      audit.entry.time_us = server::system_now_us();
      audit.entry.detail = "records=" + std::to_string(batch.size()) + " seed=" + std::to_string(o.seed);
      if (Status s = store.load_records(batch, audit); !s.ok()) return s;
      batch.clear();
    }
  }
  return Status::Ok();
}

Status create_accounts(store::Store& store, const Generator& gen, int count, std::ostream& out) {
  if (count <= 0) return Status::Ok();
  struct Account {
    std::string login;
    std::optional<MemberId> member;
    RoleGrant grant;
  };
  std::vector<Account> accounts;
  accounts.push_back({"bench-admin", std::nullopt, {Role::kCommitteeAdmin, OrgId{1}}});
  const auto& contacts = gen.branch_contacts();
  for (int i = 0; i + 1 < count && static_cast<std::size_t>(i) < contacts.size(); ++i) {
    char login[32];
    std::snprintf(login, sizeof login, "bench-secretary-%03d", i + 1);
    accounts.push_back({login, contacts[i].second, {Role::kBranchSecretary, contacts[i].first}});
  }
  out << "logins (shown once):\n";
  for (const Account& a : accounts) {
    const std::string password = server::access::random_token().substr(0, 16);
    auto hash = server::access::hash_password(password);
    if (!hash.ok()) return hash.status();
    store::StoredUser u;
    u.user.login = a.login;
    u.user.member = a.member;
    u.user.grants = {a.grant};
    u.password_hash = *hash;
    u.created_us = server::system_now_us();
    store::AuditRecord created;
    created.entry.time_us = u.created_us;
    created.entry.actor = cli_actor();
    created.entry.action = domain::AuditAction("user.create").id();
    created.entry.origin = "local";
    created.entry.detail = "login=" + a.login;
    auto id = store.create_user(u, created);
    if (!id.ok()) return id.status();
    out << "  " << role_id(a.grant.role) << " org " << a.grant.org.value << ": username " << a.login << "  password "
        << password << "\n";
  }
  return Status::Ok();
}

int run_bench_data(const BenchDataOptions& o) {
  namespace fs = std::filesystem;
  if (o.members == 0 || o.members > kMaxMembers) return fail("--members must be 1 to 100000000");
  if (o.accounts < 0 || o.accounts > kMaxAccounts) return fail("--accounts must be 0 to 100");
  if (o.records > kMaxMembers) return fail("--records must be 0 to 100000000");
  const auto as_of = parse_date(o.as_of);
  if (!as_of || as_of->year < 1990) return fail("--as-of must be a date (YYYY-MM-DD) from 1990 on");
  if (o.root_name.empty() || !valid_utf8(o.root_name) || has_control_char(o.root_name) ||
      utf8::count(o.root_name) > 100)
    return fail("--root-name must be 1 to 100 characters of UTF-8 text without control characters");
  std::error_code ec;
  if (fs::exists(o.data, ec)) {
    if (!fs::is_directory(o.data, ec)) return fail(o.data + " exists and is not a directory");
    if (!fs::is_empty(o.data, ec)) return fail(o.data + " is not empty: bench-data writes a fresh data directory");
  }
  auto lock = DataDirLock::acquire(o.data);
  if (!lock.ok()) return fail(lock.status().message());
  auto db = open_data_dir(o.data, true);
  if (!db.ok()) return fail(db.status().message());

  const auto start = std::chrono::steady_clock::now();
  Generator gen(**db, o, *as_of);
  if (Status s = gen.run(); !s.ok()) return fail("writing the directory: " + s.message());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  const Plan& p = gen.plan();
  std::cout << "organisations " << gen.organisations() << " (中央 " << p.count[0] << ", 省 " << p.count[1] << ", 市 "
            << p.count[2] << ", 县 " << p.count[3] << ", 党委 " << p.count[4] << ", 党总支 " << p.count[5]
            << ", 党支部 " << p.count[6] << ")\n";
  std::cout << "members " << gen.members() << "\n";
  std::cout << "digest " << gen.digest() << "\n";
  char took[64];
  std::snprintf(took, sizeof took, "written in %.1f s\n", seconds);
  std::cout << took;
  if (o.records > 0) {
    const auto records_start = std::chrono::steady_clock::now();
    if (Status s = load_records(**db, gen, o, *as_of); !s.ok()) return fail("writing the records: " + s.message());
    char line[96];
    std::snprintf(line, sizeof line, "records %llu written in %.1f s\n", static_cast<unsigned long long>(o.records),
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - records_start).count());
    std::cout << line;
  }
  if (Status s = create_accounts(**db, gen, o.accounts, std::cout); !s.ok())
    return fail("creating accounts: " + s.message());
  std::cout.flush();
  return 0;
}

}  // namespace

void add_bench_data_command(CLI::App& app, Runner* runner) {
  auto opts = std::make_shared<BenchDataOptions>();
  CLI::App* cmd = app.add_subcommand("bench-data", "Write a fresh data directory with a synthetic hierarchy of N members");
  cmd->add_option("--data", opts->data, "Data directory to create (must be missing or empty)")->required();
  cmd->add_option("--members", opts->members, "Number of members (1 to 100000000)")->required();
  cmd->add_option("--seed", opts->seed, "Seed: the same seed and options give the same rows")->capture_default_str();
  cmd->add_option("--as-of", opts->as_of, "The day the data describes (dates are before it)")->capture_default_str();
  cmd->add_option("--root-name", opts->root_name, "Name of the root organisation")->capture_default_str();
  cmd->add_option("--accounts", opts->accounts,
                  "Accounts to create: a committee_admin at the root, then secretaries of the first branches")
      ->capture_default_str();
  cmd->add_option("--records", opts->records,
                  "Register records to add across the kinds, about members on the roll (0 to 100000000)")
      ->capture_default_str();
  cmd->callback([runner, opts] { *runner = [opts] { return run_bench_data(*opts); }; });
}

}  // namespace nc::cli
