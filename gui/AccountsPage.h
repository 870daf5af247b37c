#pragma once

#include <QWidget>

#include <map>
#include <string>

class AuditController;
class QCheckBox;
class QComboBox;
class QPushButton;

/**
 * "Which accounts do you have?": one box per platform, and under those that have pages, groups
 * or channels a second box for administering one. On first run it also offers the language.
 */
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    AccountsPage(AuditController& controller, bool firstRun, QWidget* parent = nullptr);

    QCheckBox* accountBox(const std::string& platformId) const;
    QCheckBox* pageAdminBox(const std::string& platformId) const;
    QComboBox* languageBox() const
    {
        return m_language;
    }
    QPushButton* acceptButton() const
    {
        return m_accept;
    }

Q_SIGNALS:
    void accepted();
    void cancelled();

private:
    void accept();

    AuditController& m_controller;
    std::map<std::string, QCheckBox*> m_accounts;
    std::map<std::string, QCheckBox*> m_pageAdmin;
    QComboBox* m_language = nullptr;
    QPushButton* m_accept = nullptr;
};
