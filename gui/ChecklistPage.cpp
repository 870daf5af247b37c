#include "ChecklistPage.h"

#include "AuditController.h"
#include "CheckCard.h"
#include "Ui.h"

#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

ChecklistPage::ChecklistPage(AuditController& controller, const std::string& platformId, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_platformId(platformId)
{
    const auditor::Platform& platform = *controller.content().platform(platformId);
    setObjectName(QString::fromStdString("page_" + platformId));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("pageHeader"));
    auto* headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(24, 18, 24, 14);
    headerLayout->addWidget(ui::heading(controller.text(platform.name), 8, header));
    headerLayout->addWidget(ui::paragraph(controller.text(platform.description), header));
    m_bar = new QProgressBar(header);
    m_bar->setAccessibleName(tr("Score"));
    headerLayout->addWidget(m_bar);
    auto* scoreRow = new QHBoxLayout;
    m_scoreText = new QLabel(header);
    m_scoreText->setObjectName(QStringLiteral("scoreText"));
    QFont f = m_scoreText->font();
    f.setBold(true);
    m_scoreText->setFont(f);
    scoreRow->addWidget(m_scoreText, 1);
    m_onlyOpen = new QCheckBox(tr("Show only what is left to do"), header);
    m_onlyOpen->setObjectName(QStringLiteral("onlyOpenCheckBox"));
    scoreRow->addWidget(m_onlyOpen);
    headerLayout->addLayout(scoreRow);
    m_meaning = ui::paragraph(QString(), header);
    headerLayout->addWidget(m_meaning);
    outer->addWidget(header);

    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* body = new QWidget(scroll);
    body->setObjectName(QStringLiteral("cardsArea"));
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(24, 12, 24, 24);
    bodyLayout->setSpacing(14);
    for (const auditor::Check& check : platform.checks) {
        if (controller.state(check) == auditor::CheckState::NotRelevant) {
            continue;
        }
        auto* card = new CheckCard(controller, check, body);
        m_cards.push_back(card);
        bodyLayout->addWidget(card);
    }
    bodyLayout->addStretch(1);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    connect(&controller, &AuditController::progressChanged, this, &ChecklistPage::refresh);
    connect(m_onlyOpen, &QCheckBox::toggled, this, &ChecklistPage::refresh);
    refresh();
}

CheckCard* ChecklistPage::card(const std::string& checkId) const
{
    for (CheckCard* c : m_cards) {
        if (c->checkId() == checkId) {
            return c;
        }
    }
    return nullptr;
}

void ChecklistPage::scrollTo(const std::string& checkId)
{
    if (CheckCard* c = card(checkId)) {
        m_scroll->ensureWidgetVisible(c, 0, 0);
        c->setFocus();
    }
}

void ChecklistPage::refresh()
{
    const auditor::Score score = m_controller.score(m_platformId);
    ui::showScore(m_bar, score);
    m_scoreText->setText(ui::scoreText(m_controller, score));
    m_scoreText->setStyleSheet(QStringLiteral("color: %1").arg(ui::bandColor(score.band).name()));
    m_meaning->setText(m_controller.message("band." + auditor::toString(score.band) + ".meaning"));
    for (CheckCard* card : m_cards) {
        card->refresh();
        const auto state = m_controller.state(*m_controller.content().check(card->checkId()));
        const bool left = state == auditor::CheckState::Open || state == auditor::CheckState::NotDone
            || state == auditor::CheckState::Stale;
        card->setVisible(!m_onlyOpen->isChecked() || left);
    }
}
