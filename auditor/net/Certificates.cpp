#include "net/Certificates.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <chrono>
#include <memory>

namespace auditor::net {

namespace {

template <typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const
    {
        Free(p);
    }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;

std::string opensslError()
{
    const unsigned long code = ERR_get_error();
    if (code == 0) {
        return "unknown OpenSSL error";
    }
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return buffer;
}

Error certError(const std::string& what)
{
    return Error("cert.make_failed", {{"what", what}}, opensslError());
}

std::string toPem(int (*write)(BIO*, void*), void* object)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get(), object) != 1) {
        return {};
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

KeyPtr readKey(const std::string& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

CertPtr readCertificate(std::string_view pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509* cert, X509* issuer, int nid, const std::string& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
    if (!ext) {
        return false;
    }
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

} // namespace

Result<KeyAndCertificate> makeCertificate(const CertificateSpec& spec, const KeyAndCertificate* issuer)
{
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key) {
        return certError("key");
    }
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2); // v3
    // A random 64-bit serial number, positive.
    unsigned char serial[8];
    if (RAND_bytes(serial, sizeof serial) != 1) {
        return certError("serial");
    }
    serial[0] &= 0x7F;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);

    const auto seconds = [](TimePoint t) { return static_cast<time_t>(t.time_since_epoch().count()); };
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), seconds(spec.notBefore));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), seconds(spec.notAfter));
    X509_set_pubkey(cert.get(), key.get());

    X509_NAME* name = X509_get_subject_name(cert.get());
    const auto addEntry = [name](const char* field, const std::string& value) {
        if (!value.empty()) {
            X509_NAME_add_entry_by_txt(
                name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(value.c_str()), -1, -1, 0);
        }
    };
    addEntry("O", spec.organization);
    addEntry("CN", spec.commonName);

    KeyPtr issuerKey;
    CertPtr issuerCert;
    if (issuer) {
        issuerKey = readKey(issuer->keyPem);
        issuerCert = readCertificate(issuer->certificatePem);
        if (!issuerKey || !issuerCert) {
            return certError("issuer");
        }
        X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert.get()));
    } else {
        X509_set_issuer_name(cert.get(), name);
    }
    X509* signer = issuer ? issuerCert.get() : cert.get();

    bool ok
        = addExtension(cert.get(), signer, NID_basic_constraints, spec.isCa ? "critical,CA:TRUE" : "critical,CA:FALSE")
        && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash")
        && addExtension(cert.get(),
                        signer,
                        NID_key_usage,
                        spec.isCa ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature,keyEncipherment");
    if (ok && issuer) {
        ok = addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    }
    if (ok && !spec.isCa) {
        ok = addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
    }
    std::string san;
    for (const std::string& dns : spec.dnsNames) {
        san += (san.empty() ? "DNS:" : ",DNS:") + dns;
    }
    for (const std::string& ip : spec.ipAddresses) {
        san += (san.empty() ? "IP:" : ",IP:") + ip;
    }
    if (ok && !san.empty()) {
        ok = addExtension(cert.get(), signer, NID_subject_alt_name, san);
    }
    if (!ok) {
        return certError("extensions");
    }
    if (X509_sign(cert.get(), issuer ? issuerKey.get() : key.get(), EVP_sha256()) == 0) {
        return certError("sign");
    }

    KeyAndCertificate out;
    out.keyPem = toPem(
        [](BIO* b, void* k) {
            return PEM_write_bio_PrivateKey(b, static_cast<EVP_PKEY*>(k), nullptr, nullptr, 0, nullptr, nullptr);
        },
        key.get());
    out.certificatePem
        = toPem([](BIO* b, void* c) { return PEM_write_bio_X509(b, static_cast<X509*>(c)); }, cert.get());
    if (out.keyPem.empty() || out.certificatePem.empty()) {
        return certError("pem");
    }
    return out;
}

Result<std::string> certificateFingerprint(std::string_view certificatePem)
{
    CertPtr cert = readCertificate(certificatePem);
    if (!cert) {
        return Error("cert.unreadable", {}, opensslError());
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (X509_digest(cert.get(), EVP_sha256(), digest, &size) != 1) {
        return Error("cert.unreadable", {}, opensslError());
    }
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned int i = 0; i < size; ++i) {
        if (i) {
            out += ':';
        }
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 0xF];
    }
    return out;
}

} // namespace auditor::net
