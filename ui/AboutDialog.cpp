// About box contents.
#include "ui/AboutDialog.h"

#include "crypto/Sodium.h"
#include "ui/common/MlEngine.h"
#include "store/Database.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace fw::ui {

AboutDialog::AboutDialog(WorkspaceSession* session, MlEngine* engine, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Flywheel"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/flywheel.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto* text = new QLabel(versionsText(session, engine), this);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setObjectName(QStringLiteral("versions"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(12);
    row->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::versionsText(WorkspaceSession* session, MlEngine* engine)
{
    QString sqlcipher = store::Database::sqlcipherVersion();
    if (session && session->hasWorkspace() && !session->isLocked())
        if (Result<store::Connection> db = session->workspace()->requireDatabase(); db)
            sqlcipher = tr("%1 (open workspace: %2)").arg(sqlcipher, (*db)->cipherVersion());
    const auto row = [](const QString& name, const QString& version) {
        return QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>").arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    };
    return QStringLiteral("<h2>Flywheel %1</h2><p>%2</p><table>%3%4%5%6%7</table>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
             tr("A desktop workbench for community-built AI.").toHtmlEscaped(),
             row(tr("Flywheel"), QCoreApplication::applicationVersion()), row(tr("Qt"), QString::fromLatin1(qVersion())),
             row(tr("libtorch"), engine->torchVersion()), row(tr("SQLCipher"), sqlcipher),
             row(tr("libsodium"), QString::fromLatin1(crypto::sodiumVersion())));
}

} // namespace fw::ui
