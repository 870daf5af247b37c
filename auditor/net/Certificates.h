#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace auditor::net {

/** A private key and its certificate, both PEM. */
struct KeyAndCertificate
{
    std::string keyPem;
    std::string certificatePem;
};

struct CertificateSpec
{
    std::string commonName;
    std::vector<std::string> dnsNames; // subjectAltName DNS entries
    std::vector<std::string> ipAddresses; // subjectAltName IP entries
    TimePoint notBefore{};
    TimePoint notAfter{};
    bool isCa = false;
    std::string organization = "Account Auditor";
};

/**
 * Makes an ECDSA P-256 key and an X.509 v3 certificate for it, signed by `issuer` or, when
 * `issuer` is null, by itself. Used by the collector (`auditor serve`) for its first certificate
 * and by the tests for their certificate authorities and servers.
 */
Result<KeyAndCertificate> makeCertificate(const CertificateSpec& spec, const KeyAndCertificate* issuer = nullptr);

/** SHA-256 of the certificate's DER form, as upper-case hex pairs joined by ':'. */
Result<std::string> certificateFingerprint(std::string_view certificatePem);

} // namespace auditor::net
