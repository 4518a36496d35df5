// Recovery words behind a second passphrase check (Argon2id, off the GUI thread).
#include "ui/wallet/RecoveryWordsDialog.h"

#include "ui/common/Async.h"
#include "ui/common/BusyBar.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fw::ui {

RecoveryWordsDialog::RecoveryWordsDialog(WorkspaceSession* session, qint64 identityId,
                                         const QString& identityName, QWidget* parent)
    : QDialog(parent), m_session(session), m_identityId(identityId), m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Recovery Words"));
    m_stack->addWidget(makeAskPage(identityName));
    m_stack->addWidget(makeWordsPage());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter belongs to Show Words: while the check runs that button is disabled, and an auto-default
    // Close would take the key and shut the dialog before the words appear.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows to the word grid: nothing is cut off
    layout->addWidget(m_stack);
    layout->addWidget(buttons);
}

QWidget* RecoveryWordsDialog::makeAskPage(const QString& identityName)
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(
        tr("Enter the workspace passphrase to see the recovery words of “%1”.").arg(identityName), page);
    intro->setWordWrap(true);
    m_passphrase = new QLineEdit(page);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Workspace passphrase"));
    auto* label = new QLabel(tr("&Passphrase:"), page);
    label->setBuddy(m_passphrase);
    m_show = new QPushButton(tr("&Show Words"), page);
    m_show->setDefault(true);
    m_error = new QLabel(page);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_busy = new BusyBar(page);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_show);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_show, &QPushButton::clicked, this, &RecoveryWordsDialog::verify);
    // No returnPressed connection: Enter reaches the default button, Show Words, which verifies once.
    return page;
}

QWidget* RecoveryWordsDialog::makeWordsPage()
{
    auto* page = new QWidget(this);
    auto* warning = new QLabel(tr("<b>Anyone who sees these words can take this identity.</b> Write them "
                                  "on paper, in order, and keep them offline. Never type them into a "
                                  "website."),
                               page);
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("QLabel { background: #fef3c7; color: #78350f; padding: 8px; "
                                          "border: 1px solid #f59e0b; border-radius: 4px; }"));
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(24);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(warning);
    layout->addLayout(m_grid);
    layout->addStretch();
    return page;
}

bool RecoveryWordsDialog::wordsShown() const
{
    return m_stack->currentIndex() == 1;
}

QString RecoveryWordsDialog::errorText() const
{
    return m_error->text();
}

void RecoveryWordsDialog::verify()
{
    if (m_passphrase->text().isEmpty() || m_verifying)
        return;
    m_verifying = true;
    m_error->clear();
    m_busy->setBusy(true, {m_passphrase, m_show});
    std::shared_ptr<store::Workspace> ws = m_session->workspace();
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    runInBackground(
        this, [ws, passphrase] { return ws->verifyPassphrase(passphrase); },
        [this](bool ok) {
            m_verifying = false;
            m_busy->setBusy(false, {m_passphrase, m_show});
            if (ok)
                showWords();
            else {
                m_error->setText(tr("Wrong passphrase."));
                m_passphrase->selectAll();
                m_passphrase->setFocus();
            }
        });
}

void RecoveryWordsDialog::showWords()
{
    Result<QStringList> words = m_session->wallet().recoveryWords(m_identityId);
    m_passphrase->clear();
    if (!words) {
        m_error->setText(words.error().message);
        return;
    }
    m_shownWords = words.value();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    constexpr int kColumns = 4;
    const int rows = int((m_shownWords.size() + kColumns - 1) / kColumns);
    for (int i = 0; i < m_shownWords.size(); ++i) {
        auto* label = new QLabel(QStringLiteral("%1. %2").arg(i + 1, 2).arg(m_shownWords[i]), this);
        label->setFont(mono);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_grid->addWidget(label, i % rows, i / rows);
    }
    m_stack->setCurrentIndex(1);
    adjustSize();
}

} // namespace fw::ui
