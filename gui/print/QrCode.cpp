#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace auditor::print {

QrMatrix encodeQr(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    // Level M survives a smudge or a fold on paper; version 0 lets the library pick the size.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M),
                                                         &QRcode_free);
    QrMatrix matrix;
    if (!code || code->width <= 0) {
        return matrix;
    }
    matrix.size = code->width;
    matrix.modules.resize(static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width));
    for (std::size_t i = 0; i < matrix.modules.size(); ++i) {
        matrix.modules[i] = (code->data[i] & 1) != 0; // bit 0: dark module; the other bits are metadata
    }
    return matrix;
}

} // namespace auditor::print
