// Roster import at the scale of a large committee: 10,000 organisations
// (1 党委, 99 党总支, 9,900 党支部) and 100,000 members, 10 per branch, as
// CSV and as .xlsx (the file netconduct's own export writes for them). The
// BM_Import* benchmarks are the whole import as the server runs it: read the
// file, plan, apply, store the 100,000 members into a fresh SQLite database
// in one transaction (Directory::import_roster).
//
//   cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DNC_BENCH=ON -DNC_TESTS=OFF
//   cmake --build build/bench --target domain_import_bench
//   build/bench/bench/domain/domain_import_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>
#include <unicode/ucnv.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unordered_set>

#include "domain/authorization.h"
#include "domain/csv_reader.h"
#include "domain/export_table.h"
#include "domain/roster_import.h"
#include "server/access/directory.h"
#include "spreadsheet/table_reader.h"
#include "spreadsheet/xlsx_reader.h"
#include "spreadsheet/xlsx_writer.h"
#include "store/sqlite_store.h"

namespace {

using namespace nc::domain;

constexpr int kGeneralBranches = 99;
constexpr int kBranchesEach = 100;
constexpr int kMembers = 100000;
const Date kToday{2024, 6, 1};

struct Fixture {
  OrgTree tree;
  std::string csv;
  OrgId root;

  Fixture() {
    Date d{2010, 1, 1};
    OrgTree::Batch batch(tree);
    root = *tree.create("R", "某大学党委", OrgType::kCommittee, std::nullopt, d);
    std::vector<std::string> branch_codes;
    for (int g = 0; g < kGeneralBranches; ++g) {
      std::string gcode = "G" + std::to_string(g);
      OrgId gid = *tree.create(gcode, "第" + std::to_string(g) + "党总支", OrgType::kGeneralBranch, root, d);
      for (int b = 0; b < kBranchesEach; ++b) {
        std::string code = gcode + "B" + std::to_string(b);
        *tree.create(code, gcode + "第" + std::to_string(b) + "党支部", OrgType::kBranch, gid, d);
        branch_codes.push_back(code);
      }
    }
    csv = "姓名,党员编号,组织编码,人员类别,是否党员干部,干部层级,状态,入党日期,转正日期\n";
    csv.reserve(static_cast<std::size_t>(kMembers) * 90);
    for (int i = 0; i < kMembers; ++i) {
      bool probationary = i % 17 == 0;
      bool cadre = i % 11 == 0;
      int year = 1970 + i % 50;
      csv += "党员" + std::to_string(i) + ",D" + std::to_string(1000000 + i) + "," +
             branch_codes[static_cast<std::size_t>(i) % branch_codes.size()] + "," +
             (probationary ? "预备党员" : "正式党员") + "," + (cadre ? "是,乡科级" : "否,") + ",正常," +
             std::to_string(year) + "-07-01," + (probationary ? "" : std::to_string(year + 1) + "-07-01") + "\n";
    }
  }
};

const Fixture& fixture() {
  static const Fixture f;
  return f;
}

// The same 100,000 members as the workbook netconduct's export writes.
const std::string& xlsx_file() {
  static const std::string bytes = [] {
    const Fixture& f = fixture();
    Roster roster;
    RosterImportOptions o;
    o.today = kToday;
    if (!apply_roster_import(plan_roster_import(f.csv, f.tree, roster, o), f.tree, roster, kToday).ok()) std::abort();
    std::unordered_set<OrgId> all;
    for (const auto& org : f.tree.all()) all.insert(org.id);
    auto written = nc::spreadsheet::write_xlsx(roster_export(f.tree, roster, all));
    if (!written.ok()) std::abort();
    return *written;
  }();
  return bytes;
}

RosterImportOptions options() {
  RosterImportOptions o;
  o.today = kToday;
  return o;
}

void BM_ReadCsv(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) {
    auto table = read_csv(f.csv);
    if (!table) std::abort();
    benchmark::DoNotOptimize(table->rows.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(f.csv.size()));
  state.counters["rows"] = kMembers;
}
BENCHMARK(BM_ReadCsv)->Unit(benchmark::kMillisecond);

void BM_ReadCsvGb18030(benchmark::State& state) {
  const Fixture& f = fixture();
  std::string gb(f.csv.size() * 2, '\0');
  UErrorCode err = U_ZERO_ERROR;
  gb.resize(static_cast<std::size_t>(ucnv_convert("GB18030", "UTF-8", gb.data(), static_cast<int32_t>(gb.size()),
                                                  f.csv.data(), static_cast<int32_t>(f.csv.size()), &err)));
  if (U_FAILURE(err)) std::abort();
  for (auto _ : state) {
    auto table = read_csv(gb);
    if (!table || table->encoding != TextEncoding::kGb18030) std::abort();
    benchmark::DoNotOptimize(table->rows.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(gb.size()));
}
BENCHMARK(BM_ReadCsvGb18030)->Unit(benchmark::kMillisecond);

// Dry run of a first import: 100,000 adds. Reading the CSV included.
void BM_PlanFirstImport(benchmark::State& state) {
  const Fixture& f = fixture();
  Roster empty;
  for (auto _ : state) {
    RosterImportPlan plan = plan_roster_import(f.csv, f.tree, empty, options());
    if (!plan.ok() || plan.adds != static_cast<std::size_t>(kMembers)) std::abort();
  }
  state.counters["members/s"] = benchmark::Counter(
      static_cast<double>(kMembers) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PlanFirstImport)->Unit(benchmark::kMillisecond);

// The same, scoped by authorize() as a committee administrator's import is.
void BM_PlanFirstImportAuthorized(benchmark::State& state) {
  const Fixture& f = fixture();
  Roster empty;
  Actor admin{UserId{1}, std::nullopt, {{Role::kCommitteeAdmin, f.root}}, true};
  RosterImportOptions o = options();
  o.may_import_into = [&](OrgId org) {
    return authorize(admin, Action::kRosterImport, org_target(f.tree, org)).allowed;
  };
  for (auto _ : state) {
    RosterImportPlan plan = plan_roster_import(f.csv, f.tree, empty, o);
    if (!plan.ok()) std::abort();
  }
}
BENCHMARK(BM_PlanFirstImportAuthorized)->Unit(benchmark::kMillisecond);

// Plan and apply: the whole first import.
void BM_PlanAndApplyFirstImport(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) {
    Roster roster;
    RosterImportPlan plan = plan_roster_import(f.csv, f.tree, roster, options());
    if (!apply_roster_import(plan, f.tree, roster, kToday).ok() ||
        roster.size() != static_cast<std::size_t>(kMembers)) {
      std::abort();
    }
  }
}
BENCHMARK(BM_PlanAndApplyFirstImport)->Unit(benchmark::kMillisecond);

// Re-import of the same file: 100,000 unchanged rows, nothing to apply.
void BM_PlanReimport(benchmark::State& state) {
  const Fixture& f = fixture();
  Roster roster;
  if (!apply_roster_import(plan_roster_import(f.csv, f.tree, roster, options()), f.tree, roster, kToday).ok())
    std::abort();
  for (auto _ : state) {
    RosterImportPlan plan = plan_roster_import(f.csv, f.tree, roster, options());
    if (!plan.ok() || plan.unchanged != static_cast<std::size_t>(kMembers)) std::abort();
  }
}
BENCHMARK(BM_PlanReimport)->Unit(benchmark::kMillisecond);

void BM_ReadXlsx(benchmark::State& state) {
  const std::string& x = xlsx_file();
  for (auto _ : state) {
    auto table = nc::spreadsheet::read_xlsx(x);
    if (!table || table->rows.size() != static_cast<std::size_t>(kMembers) + 1) std::abort();
    benchmark::DoNotOptimize(table->rows.size());
  }
  state.counters["file_bytes"] = static_cast<double>(x.size());
  state.counters["rows"] = kMembers;
}
BENCHMARK(BM_ReadXlsx)->Unit(benchmark::kMillisecond);

// The whole first import of the file into a fresh database holding the
// hierarchy: read, plan, apply, one SQLite transaction, as the server does.
void import_into_sqlite(benchmark::State& state, const std::string& file) {
  const Fixture& f = fixture();
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("nc-import-bench-" + std::to_string(::getpid()));
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::shared_ptr<nc::store::SqliteStore> db = std::move(nc::store::SqliteStore::open(dir / "netconduct.db")).value();
    if (!db->migrate().ok()) std::abort();
    nc::store::AuditRecord seed;
    seed.entry.actor = "bench";
    seed.entry.action = "hierarchy.import";
    if (!db->save_directory(f.tree.all(), f.tree.events(), {}, seed).ok()) std::abort();
    auto directory = nc::server::access::Directory::load(db);
    if (!directory.ok()) std::abort();
    state.ResumeTiming();

    auto table = nc::spreadsheet::read_table(file);
    if (!table) std::abort();
    nc::server::access::Directory::Import in;
    in.today = kToday;
    in.apply = true;
    in.audit.entry.actor = "bench";
    in.audit.entry.action = "roster.import";
    auto plan = (*directory)->import_roster(*table, in);
    if (!plan.ok() || plan->adds != static_cast<std::size_t>(kMembers)) std::abort();

    state.PauseTiming();
    directory->reset();
    db.reset();
    state.ResumeTiming();
  }
  fs::remove_all(dir);
  state.counters["file_bytes"] = static_cast<double>(file.size());
  state.counters["members/s"] = benchmark::Counter(
      static_cast<double>(kMembers) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_ImportCsvIntoSqlite(benchmark::State& state) { import_into_sqlite(state, fixture().csv); }
BENCHMARK(BM_ImportCsvIntoSqlite)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void BM_ImportXlsxIntoSqlite(benchmark::State& state) { import_into_sqlite(state, xlsx_file()); }
BENCHMARK(BM_ImportXlsxIntoSqlite)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

// The subtree check behind every authorization: is organisation X within Y?
void BM_Within(benchmark::State& state) {
  const Fixture& f = fixture();
  const auto n = static_cast<std::uint32_t>(f.tree.size());
  std::uint32_t i = 0;
  for (auto _ : state) {
    i = i * 1664525u + 1013904223u;
    benchmark::DoNotOptimize(f.tree.within(OrgId{i % n + 1}, OrgId{(i >> 16) % 100 + 1}));
  }
}
BENCHMARK(BM_Within);

// One decision as a handler makes it: describe the record (ancestry), authorize.
void BM_AuthorizeRecordRead(benchmark::State& state) {
  const Fixture& f = fixture();
  const auto n = static_cast<std::uint32_t>(f.tree.size());
  Actor admin{UserId{1}, MemberId{1}, {{Role::kCommitteeAdmin, OrgId{2}}}, true};
  std::uint32_t i = 0;
  for (auto _ : state) {
    i = i * 1664525u + 1013904223u;
    Decision d =
        authorize(admin, Action::kRecordRead, record_target(f.tree, {MemberId{2}, OrgId{i % n + 1}, "declaration"}));
    benchmark::DoNotOptimize(d.allowed);
  }
}
BENCHMARK(BM_AuthorizeRecordRead);

}  // namespace

BENCHMARK_MAIN();
