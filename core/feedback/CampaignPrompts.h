// Where a campaign's prompts come from: typed ones, a frozen datanet version's prompts, or the
// prompts a trained model's run held out. The source is kept in the campaign as JSON.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace fw::store {
class Workspace;
}

namespace fw::feedback {

class CampaignPrompts
{
public:
    // {"kind": "typed", "prompts": [...]}
    static QJsonObject typed(const QStringList& prompts);
    // {"kind": "datanet-version", "datanet": ID, "version": "latest" | id}
    static QJsonObject datanetVersion(qint64 datanetId, const QString& version);
    // {"kind": "held-out", "model": NAME}: the prompts the model's training run held out.
    static QJsonObject heldOut(const QString& model);

    // The prompts of a source, de-duplicated in their order, at most `limit` (0: all). A source
    // that gives none is an error that says why.
    static Result<QStringList> read(store::Workspace& workspace, const QJsonObject& source,
                                    int limit = 0);

    Q_DECLARE_TR_FUNCTIONS(fw::feedback::CampaignPrompts)
};

} // namespace fw::feedback
