// Writing every notice of an incident (composed in core, drawn to PDF by auditor_print): the
// target is all documents of one incident in under 0.2 s (LibreOffice needs 0.86 s for one page).
#include "NoticeRenderer.h"
#include "PrintSupport.h"
#include "checklist/ContentLoader.h"
#include "incidents/Directory.h"
#include "incidents/Incident.h"
#include "incidents/NoticeComposer.h"
#include "incidents/NoticeFiles.h"
#include "incidents/OrgProfile.h"

#include "TestConfig.h"

#include <benchmark/benchmark.h>

#include <filesystem>

using namespace auditor;

namespace {

struct Fixture
{
    ContentReport content = loadContent(TEST_CHECKS_DIR);
    DirectoryReport directory = loadDirectory(TEST_CHECKS_DIR, content.content);
    Result<NoticeTemplates> templates = NoticeTemplates::load(TEST_CHECKS_DIR);
    Result<Incident> incident
        = loadIncidentFile(std::filesystem::path(TEST_CHECKS_DIR) / "../docs/examples/incident.json");
    OrgProfile profile;
};

const std::vector<NoticeKind> kAll
    = {NoticeKind::Police, NoticeKind::Unit, NoticeKind::Provider, NoticeKind::Contacts, NoticeKind::Internal};

void BM_ComposeAllNotices(benchmark::State& state)
{
    Fixture f;
    if (!f.templates || !f.incident) {
        state.SkipWithError("cannot load the templates or the sample incident");
        return;
    }
    const NoticeInputs inputs{
        *f.templates, f.directory.directory, &f.content.content, f.profile, f.incident->createdAt, "vi"};
    for (auto _ : state) {
        benchmark::DoNotOptimize(composeNotices(*f.incident, inputs, kAll, false));
    }
}
BENCHMARK(BM_ComposeAllNotices)->Unit(benchmark::kMillisecond);

// The one click: the five documents of the sample incident written as PDF (and text), or with
// `range(0)` = 1 also the two blank forms.
void BM_WriteAllNoticePdfs(benchmark::State& state)
{
    print::ensureGuiApplication();
    Fixture f;
    if (!f.templates || !f.incident) {
        state.SkipWithError("cannot load the templates or the sample incident");
        return;
    }
    const NoticeInputs inputs{
        *f.templates, f.directory.directory, &f.content.content, f.profile, f.incident->createdAt, "vi"};
    const auto dir = std::filesystem::temp_directory_path() / "auditor-notices-bench";
    std::size_t files = 0;
    for (auto _ : state) {
        auto documents = composeNotices(*f.incident, inputs, kAll, false);
        if (state.range(0) == 1) {
            for (auto& d : composeNotices(*f.incident, inputs, kAll, true)) {
                documents.push_back(std::move(d));
            }
        }
        std::vector<std::filesystem::path> written;
        if (!writeNoticeFiles(documents, dir, &print::writeNoticePdf, &written).ok()) {
            state.SkipWithError("writing failed");
            return;
        }
        files = written.size();
    }
    state.counters["files"] = static_cast<double>(files);
    std::filesystem::remove_all(dir);
}
BENCHMARK(BM_WriteAllNoticePdfs)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
