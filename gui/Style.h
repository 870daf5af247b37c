#pragma once

class QApplication;

/** The app's look: a calm light theme with cards, shared by the app and the GUI tests' screenshots. */
void applyStyle(QApplication& app);
