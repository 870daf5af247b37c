#pragma once

#include <QString>

#include <vector>

namespace auditor::print {

/** A QR code as a square of modules (true = dark), without the quiet zone. */
struct QrMatrix
{
    int size = 0;
    std::vector<bool> modules; // row-major, size × size

    bool dark(int x, int y) const
    {
        return modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) + static_cast<std::size_t>(x)];
    }
};

/** Encodes UTF-8 `text` with libqrencode (error correction M). Empty matrix when it cannot. */
QrMatrix encodeQr(const QString& text);

} // namespace auditor::print
