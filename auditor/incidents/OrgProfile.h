#pragma once

#include "common/Json.h"
#include "common/Result.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace auditor {

struct Directory;

/**
 * The part of the organisation profile the incident notices need: who the unit is, who signs its
 * letters, where it is, and which authorities it reports to instead of (or beside) the defaults
 * in checks/directory. The readiness issue extends the same file (units, required checks,
 * collector); unknown top-level keys are kept and ignored here.
 */
struct OrgProfile
{
    std::string id; // "kh-thpt-ly-tu-trong"
    // Issuing body of the unit's letters (Decree 30 ô 2): parent body and the unit itself.
    std::string parentName; // "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KHÁNH HÒA" (may be empty)
    std::string name; // "TRƯỜNG THPT LÝ TỰ TRỌNG"
    std::string symbol; // the unit's abbreviation for "Số: …/<symbol>" ("THPTLTT")
    std::string place; // địa danh for dates ("Nha Trang")
    std::string province = "khanh_hoa"; // a checks/directory province id
    std::string commune; // ward / commune name for the commune police ("phường Nha Trang")
    std::string address;
    std::string phone;
    std::string email;
    // Signer of the unit's letter (Decree 30 ô 7).
    std::string signerAuthority; // "KT. HIỆU TRƯỞNG" or empty
    std::string signerTitle; // "HIỆU TRƯỞNG" / "PHÓ HIỆU TRƯỞNG"
    std::string signerName;
    std::string draftingUnit; // for "Lưu: VT, <draftingUnit>."
    std::string itContact; // the IT lead's name and phone, for the internal note

    /** Authority entries replacing directory ones with the same id, or added (same shape as authorities.json). */
    std::vector<nlohmann::json> authorityOverrides;
    /** Provider channel entries replacing channels with the same id, or added to a platform. */
    std::vector<nlohmann::json> channelOverrides;
    /** Which authority ids the police report and the unit letter go to; empty = the directory's defaults. */
    std::vector<std::string> policeRecipients;
    std::vector<std::string> unitLetterRecipients;
};

} // namespace auditor
