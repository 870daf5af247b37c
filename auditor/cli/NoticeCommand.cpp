#include "cli/Commands.h"
#include "cli/Session.h"
#include "common/Files.h"
#include "incidents/Directory.h"
#include "incidents/Incident.h"
#include "incidents/NoticeComposer.h"
#include "incidents/NoticeFiles.h"
#include "incidents/OrgProfile.h"
#include "incidents/OrgProfileLoader.h"

#ifdef AUDITOR_WITH_PDF
#include "NoticeRenderer.h"
#include "PrintSupport.h"
#endif

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <system_error>

namespace auditor::cli {

namespace {

/**
 * Writes the composed documents into `outDir` and returns the files written: a PDF of every
 * document (drawn by auditor_print, in the build with the GUI), plain text as well for the
 * documents meant to be pasted or sent (provider, contacts, internal), and with `json` one JSON
 * file of every document. The same writeNoticeFiles() the GUI's one-click button calls.
 */
Result<std::vector<std::filesystem::path>> writeNoticeOutputs(const std::vector<NoticeDocument>& documents,
                                                              const std::filesystem::path& outDir,
                                                              bool json)
{
    NoticePdfWriter pdf;
#ifdef AUDITOR_WITH_PDF
    print::ensureGuiApplication(); // headless: the offscreen platform, no display needed
    pdf = &print::writeNoticePdf;
#endif
    std::vector<std::filesystem::path> written;
    if (Status s = writeNoticeFiles(documents, outDir, pdf, &written); !s) {
        return s.error();
    }
    if (json) {
        nlohmann::json all = nlohmann::json::array();
        for (const NoticeDocument& d : documents) {
            all.push_back(noticeToJson(d));
        }
        const std::filesystem::path file
            = outDir / (documents.size() == 1 ? documents.front().fileStem + ".json" : std::string("notices.json"));
        if (Status s = writeFileAtomically(file, all.dump(2) + "\n", {false, true}); !s) {
            return s.error();
        }
        written.push_back(file);
    }
    return written;
}

bool pdfAvailable()
{
#ifdef AUDITOR_WITH_PDF
    return true;
#else
    return false;
#endif
}

} // namespace

/**
 * `auditor notice --incident FILE [--kind K|all] [--blank] [--lang vi|en] --out DIR [--format text|json]`:
 * composes the incident's documents from checks/notices and checks/directory and writes them.
 */
class NoticeCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* notice = parent.add_subcommand("notice", help.text("notice.description"));
        notice->add_option("--incident", m_incident, help.text("notice.opt.incident"))->type_name("FILE")->required();
        notice->add_option("--kind", m_kind, help.text("notice.opt.kind"))
            ->check(CLI::IsMember({"police", "unit", "provider", "contacts", "internal", "all"}));
        notice->add_flag("--blank", m_blank, help.text("notice.opt.blank"));
        notice->add_option("--lang", m_lang, help.text("notice.opt.lang"))->check(CLI::IsMember({"vi", "en"}));
        notice->add_option("--out", m_out, help.text("notice.opt.out"))->type_name("DIR")->required();
        notice->add_option("--profile", m_profile, help.text("notice.opt.profile"))->type_name("FILE");
        notice->add_option("--format", m_format, help.text("cli.opt.format"))->check(CLI::IsMember({"text", "json"}));
        return notice;
    }

    int execute(Session& s) override
    {
        std::vector<JsonIssue> issues;
        auto incident = loadIncidentFile(m_incident, &issues);
        if (!incident) {
            s.printError(incident.error());
            for (const JsonIssue& i : issues) {
                s.err() << "  " << i.file.string() << " " << i.pointer << " " << i.message << "\n";
            }
            return kExitUsage;
        }
        const Content* content = s.content();
        if (content == nullptr) {
            return kExitContent;
        }
        DirectoryReport directory = loadDirectory(s.options().contentDir, *content);
        if (!directory.clean()) {
            s.err() << s.tr("notice.directory_invalid", {{"dir", s.options().contentDir.string()}}) << "\n";
            return kExitContent;
        }
        auto templates = NoticeTemplates::load(s.options().contentDir, &issues);
        if (!templates) {
            s.printError(templates.error());
            for (const JsonIssue& i : issues) {
                s.err() << "  " << i.file.string() << " " << i.pointer << " " << i.message << "\n";
            }
            return kExitContent;
        }
        // The organisation profile: given, or the one the IT lead put in the data folder. Without
        // one the unit's identity is left to fill by hand and the directory's default province applies.
        OrgProfile profile;
        std::filesystem::path profileFile = m_profile;
        if (profileFile.empty() && std::filesystem::exists(s.options().dataDir / "org-profile.json")) {
            profileFile = s.options().dataDir / "org-profile.json";
        }
        if (!profileFile.empty()) {
            issues.clear();
            auto loaded = loadOrgProfile(profileFile, s.options().contentDir, &issues);
            Status applied = loaded ? applyProfile(directory.directory, loaded->profile, &issues, profileFile)
                                    : Status(loaded.error());
            if (!applied) {
                s.printError(applied.error());
                for (const JsonIssue& i : issues) {
                    s.err() << "  " << i.file.string() << " " << i.pointer << " " << i.message << "\n";
                }
                return kExitUsage;
            }
            profile = std::move(loaded->profile);
        }
        std::vector<NoticeKind> kinds;
        if (m_kind == "all") {
            kinds = {
                NoticeKind::Police, NoticeKind::Unit, NoticeKind::Provider, NoticeKind::Contacts, NoticeKind::Internal};
        } else {
            kinds = {*noticeKindFromId(m_kind)};
        }
        const std::string lang = !m_lang.empty() ? m_lang : incident->language;
        const NoticeInputs inputs{*templates, directory.directory, content, profile, s.clock().now(), lang};
        const std::vector<NoticeDocument> documents = composeNotices(*incident, inputs, kinds, m_blank);
        if (documents.empty()) {
            s.err() << s.tr("notice.nothing_blank") << "\n";
            return kExitUsage;
        }
        auto written = writeNoticeOutputs(documents, m_out, m_format == "json");
        if (!written) {
            s.printError(written.error());
            return kExitStore;
        }
        for (const NoticeDocument& d : documents) {
            s.out() << s.tr("notice.composed", {{"kind", noticeKindId(d.kind)}, {"title", d.documentTitle}}) << "\n";
        }
        for (const std::filesystem::path& f : *written) {
            s.out() << s.tr("notice.written", {{"file", f.string()}}) << "\n";
        }
        if (!pdfAvailable()) {
            s.err() << s.tr("notice.no_pdf") << "\n";
        }
        return kExitOk;
    }

private:
    std::string m_incident;
    std::string m_kind = "all";
    bool m_blank = false;
    std::string m_lang;
    std::string m_out;
    std::string m_profile;
    std::string m_format = "text";
};

std::unique_ptr<Command> makeNoticeCommand()
{
    return std::make_unique<NoticeCommand>();
}

} // namespace auditor::cli
