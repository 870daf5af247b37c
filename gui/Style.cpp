#include "Style.h"

#include <QApplication>
#include <QFont>

void applyStyle(QApplication& app)
{
    app.setStyle(QStringLiteral("Fusion"));
    QFont font = QApplication::font();
    if (font.pointSizeF() < 10.5) {
        font.setPointSizeF(10.5); // readable for everyone, Vietnamese diacritics included
    }
    QApplication::setFont(font);
    app.setStyleSheet(QStringLiteral(R"(
        QWidget#cardsArea { background: #f4f6f8; }
        QFrame#checkCard { background: #ffffff; border: 1px solid #d9dee3; border-radius: 10px; }
        QFrame#cardRule { color: #e4e7eb; }
        QWidget#pageHeader { background: #ffffff; border-bottom: 1px solid #d9dee3; }
        QLabel#unverifiedNote { background: #fff8e1; border: 1px solid #ffe082; border-radius: 6px; padding: 6px; color: #5d4037; }
        QLabel#warningBanner { background: #fdecea; border: 1px solid #f5c6cb; border-radius: 6px; padding: 8px; color: #7f1d1d; }
        QLabel#sources { color: #5f6b7a; }
        QLabel#cardError { color: #c62828; }
        QLabel#stateDate { color: #5f6b7a; }
        QListWidget#sidebar { background: #eef1f4; border: none; border-right: 1px solid #d9dee3; padding-top: 8px; }
        QListWidget#sidebar::item { padding: 8px 14px; border-radius: 6px; margin: 2px 8px; }
        QListWidget#sidebar::item:selected { background: #1565c0; color: white; }
        QPushButton { padding: 6px 14px; }
        QPushButton#openSettingsButton, QPushButton#acceptButton { background: #1565c0; color: white; border: none; border-radius: 6px; padding: 7px 16px; }
        QPushButton#openSettingsButton:focus, QPushButton#acceptButton:focus { outline: 2px solid #0d47a1; }
        QPushButton[flat="true"] { background: #ffffff; border: 1px solid #d9dee3; border-radius: 8px; text-align: left; }
        QPushButton[flat="true"]:hover, QPushButton[flat="true"]:focus { border: 1px solid #1565c0; }
    )"));
}
