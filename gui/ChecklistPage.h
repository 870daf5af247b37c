#pragma once

#include <QWidget>

#include <string>
#include <vector>

class AuditController;
class CheckCard;
class QCheckBox;
class QLabel;
class QProgressBar;
class QScrollArea;
class QVBoxLayout;

/** A platform's page: its score at the top, then one card per check that applies to the person. */
class ChecklistPage : public QWidget
{
    Q_OBJECT

public:
    ChecklistPage(AuditController& controller, const std::string& platformId, QWidget* parent = nullptr);

    const std::string& platformId() const
    {
        return m_platformId;
    }
    const std::vector<CheckCard*>& cards() const
    {
        return m_cards;
    }
    CheckCard* card(const std::string& checkId) const;
    /** Scrolls the card of `checkId` into view and gives it keyboard focus. */
    void scrollTo(const std::string& checkId);
    QCheckBox* onlyOpenBox() const
    {
        return m_onlyOpen;
    }

private:
    void refresh();

    AuditController& m_controller;
    std::string m_platformId;
    QLabel* m_scoreText = nullptr;
    QLabel* m_meaning = nullptr;
    QProgressBar* m_bar = nullptr;
    QCheckBox* m_onlyOpen = nullptr;
    QScrollArea* m_scroll = nullptr;
    std::vector<CheckCard*> m_cards;
};
