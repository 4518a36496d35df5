// Wizard assembly; the page order lives in each page's nextId().
#include "ui/wizard/FirstRunWizard.h"

#include "demo/DemoWorkspace.h"
#include "ui/common/MnemonicEntry.h"
#include "ui/common/PassphraseFields.h"
#include "ui/wizard/FinishPage.h"
#include "ui/wizard/IdentityPage.h"
#include "ui/wizard/LocationPage.h"
#include "ui/wizard/OpenExistingPage.h"
#include "ui/wizard/PassphrasePage.h"
#include "ui/wizard/WelcomePage.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QEvent>
#include <QIcon>

namespace fw::ui {

FirstRunWizard::FirstRunWizard(const crypto::KdfParams& kdf, QWidget* parent)
    : QWizard(parent), m_kdf(kdf), m_welcome(new WelcomePage(this)), m_location(new LocationPage(this)),
      m_passphrase(new PassphrasePage(this)), m_identity(new IdentityPage(false, this)),
      m_restore(new IdentityPage(true, this)), m_open(new OpenExistingPage(this)),
      m_finish(new FinishPage([this] { return request(); }, this))
{
    setWizardStyle(QWizard::ModernStyle);
    setWindowIcon(QIcon(QStringLiteral(":/icons/flywheel.svg")));
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/flywheel.svg")).pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomeId, m_welcome);
    setPage(LocationId, m_location);
    setPage(PassphraseId, m_passphrase);
    setPage(IdentityId, m_identity);
    setPage(RestoreId, m_restore);
    setPage(OpenId, m_open);
    setPage(FinishId, m_finish);
    setStartId(WelcomeId);
    setMinimumSize(640, 520);
    retranslateUi();
}

std::unique_ptr<store::Workspace> FirstRunWizard::takeWorkspace()
{
    return m_finish->takeWorkspace();
}

WorkspaceRequest FirstRunWizard::request() const
{
    using Kind = WorkspaceRequest::Kind;
    WorkspaceRequest r;
    r.kind = m_welcome->choice();
    r.kdf = WorkspaceSession::withFreshSalt(m_kdf);
    switch (r.kind) {
    case Kind::Demo:
        r.directory = demo::defaultDemoDirectory();
        r.passphrase = demo::kDemoPassphrase;
        break;
    case Kind::Open:
        r.directory = m_open->directory();
        r.passphrase = m_open->passphrase();
        break;
    case Kind::Create:
    case Kind::Restore: {
        const IdentityPage* identity = r.kind == Kind::Restore ? m_restore : m_identity;
        r.directory = m_location->directory();
        r.passphrase = m_passphrase->fields()->passphrase();
        r.identityName = identity->identityName();
        if (r.kind == Kind::Restore)
            r.words = identity->mnemonic()->words();
        break;
    }
    }
    return r;
}

void FirstRunWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslateUi()
{
    setWindowTitle(tr("Flywheel Setup"));
    // Qt ships no Spanish catalogue for its own buttons here, so the wizard names them itself.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace fw::ui
