#pragma once

#include "checklist/Checklist.h"

namespace auditor::test {

/**
 * A small content set with known weights, built in code so that scores can be computed by hand:
 *   mail:  mail.a (w10, 365 d), mail.b (w5, 90 d), mail.c (w5, 90 d)            – personal
 *   pages: pages.own (w4, personal), pages.roles (w6, page_admin only)           – personal + page_admin
 */
inline Content smallContent()
{
    auto check =
        [](const std::string& platform, const std::string& slug, int weight, int recheck, std::set<AccountType> types) {
            Check c;
            c.id = platform + "." + slug;
            c.platformId = platform;
            c.topic = "other";
            c.title = {"Tiêu đề " + slug, "Title " + slug};
            c.why = {"Vì", "Because"};
            c.steps = {Step{Device::Any, {"Làm", "Do"}}};
            c.weight = weight;
            c.recheckDays = recheck;
            c.appliesTo = std::move(types);
            c.verified = true;
            c.sources = {Source{"https://example.org/help", "Help"}};
            c.asOf = "2026-11-28";
            return c;
        };
    Platform mail;
    mail.id = "mail";
    mail.order = 1;
    mail.name = {"Thư", "Mail"};
    mail.accountTypes = {AccountType::Personal};
    mail.asOf = "2026-11-20";
    mail.checks = {check("mail", "a", 10, 365, {AccountType::Personal}),
                   check("mail", "b", 5, 90, {AccountType::Personal}),
                   check("mail", "c", 5, 90, {AccountType::Personal})};
    Platform pages;
    pages.id = "pages";
    pages.order = 2;
    pages.name = {"Trang", "Pages"};
    pages.accountTypes = {AccountType::Personal, AccountType::PageAdmin};
    pages.asOf = "2026-11-21";
    pages.checks = {check("pages", "own", 4, 180, {AccountType::Personal}),
                    check("pages", "roles", 6, 180, {AccountType::PageAdmin})};
    Content content;
    content.add(pages);
    content.add(mail);
    content.sort();
    return content;
}

} // namespace auditor::test
