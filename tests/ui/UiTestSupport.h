// Shared set-up for GUI tests: isolated settings and paths, resources, and a modal-dialog answerer.
#pragma once

#include "store/Workspace.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

namespace fw::uitest {

// Test-mode standard paths (so QSettings and AppDataLocation are private to tests), names, resources.
void initGuiTest();

// When the next modal dialog opens, `answer` receives it (e.g. fills it in and accepts it).
void answerNextModal(std::function<void(QWidget* dialog)> answer);

// A fresh workspace with fast key derivation and one identity named `identity`.
std::unique_ptr<store::Workspace> createWorkspace(const QString& dir, const QByteArray& passphrase,
                                                  const QString& identity);

} // namespace fw::uitest
