#pragma once

#include "common/Result.h"
#include "readiness/Profile.h"

#include <chrono>
#include <string>
#include <string_view>

namespace auditor {

struct SubmitReceipt
{
    int status = 0; // 201 stored, 200 duplicate
    std::string outcome; // "stored" | "duplicate"
    std::string reportId;
};

/**
 * Sends one staff report (its JSON text) to the profile's collector over HTTPS. The collector's
 * certificate is trusted only when its SHA-256 fingerprint equals collector.fingerprint (pinned:
 * no certificate authority involved, any address and port, since the collector runs on a school
 * machine). Errors: "submit.not_configured", "submit.connect", "submit.tls", "submit.pin_mismatch"
 * (with the fingerprint seen), "submit.timeout", "submit.rejected" (with the collector's own error code and message).
 */
Result<SubmitReceipt> submitReport(const CollectorSettings& collector,
                                   const std::string& reportJson,
                                   std::chrono::milliseconds timeout = std::chrono::seconds(15));

/** A fingerprint's hex digits only, upper case ("ab:cd…" and "ABCD…" compare equal this way). */
std::string normalizeFingerprint(std::string_view text);
/** The display form: upper-case hex pairs joined by ':' (as certificateFingerprint writes it). */
std::string formatFingerprint(std::string_view text);

} // namespace auditor
