// Demo campaign: the terse style gives the reference answer; the chatty one wraps it in filler and,
// on every fifth item, confidently gives another item's answer, so choosing between them matters.
#include "demo/DemoFeedback.h"

#include "datanet/DatanetService.h"
#include "demo/DemoDatanets.h"
#include "feedback/CampaignPrompts.h"
#include "feedback/CampaignStore.h"
#include "models/TrainingExamples.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

namespace fw::demo {

namespace {
QString chatty(const std::vector<ml::SftExample>& examples, std::size_t i)
{
    const QString answer =
        i % 5 == 4 ? examples[(i + 7) % examples.size()].response : examples[i].response;
    static const char* const kOpenings[] = {"Great question! ", "Let me think about that. ",
                                            "Sure, happy to help. ", "Here is what I know. "};
    return QString::fromLatin1(kOpenings[i % 4]) + answer +
           QStringLiteral(" I hope this helps, and feel free to ask me anything else!");
}
} // namespace

Status addDemoCampaign(store::Workspace& workspace)
{
    feedback::CampaignStore campaigns(workspace);
    Result<QList<feedback::Campaign>> existing = campaigns.campaigns();
    if (!existing)
        return existing.error();
    for (const feedback::Campaign& c : *existing)
        if (c.name == QLatin1String(kDemoCampaign))
            return {};
    datanet::DatanetService datanets(workspace);
    Result<datanet::Datanet> facts = datanets.datanetByName(kDemoInstructionDatanet);
    Result<datanet::Datanet> prefs = datanets.datanetByName(kDemoPreferenceDatanet);
    if (!facts || !prefs)
        return !facts ? facts.error() : prefs.error();
    Result<std::vector<ml::SftExample>> all =
        models::examplesFromVersion(workspace, facts->id, QStringLiteral("latest"));
    if (!all)
        return all.error();
    // Every third example: capitals, elements and units take turns instead of 30 capitals.
    std::vector<ml::SftExample> examples;
    for (std::size_t i = 0; i < all->size() && int(examples.size()) < kDemoCampaignItems; i += 3)
        examples.push_back((*all)[i]);
    QStringList prompts;
    for (const ml::SftExample& e : examples)
        prompts << e.prompt;
    feedback::Campaign spec;
    spec.name = QString::fromLatin1(kDemoCampaign);
    spec.datanetId = prefs->id;
    spec.mode = feedback::LabelMode::Pairwise;
    spec.models =
        QStringList{QString::fromLatin1(kDemoTerseModel), QString::fromLatin1(kDemoChattyModel)};
    spec.source = feedback::CampaignPrompts::datanetVersion(facts->id, QStringLiteral("latest"));
    spec.source.insert("answers", QStringLiteral("written by the demo"));
    spec.overlap = 2;
    Result<feedback::Campaign> c = campaigns.create(spec, prompts);
    if (!c)
        return c.error();
    Result<QList<feedback::AnswerTask>> tasks = campaigns.missingAnswers(c->id);
    if (!tasks)
        return tasks.error();
    Result<store::Connection> db = workspace.requireDatabase();
    if (!db)
        return db.error();
    // One transaction (on this thread's connection, which storeAnswer uses too): one commit.
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began();
    // missingAnswers lists items by position, so the n-th distinct item is examples[n].
    qint64 lastItem = -1;
    std::size_t index = 0;
    for (const feedback::AnswerTask& t : *tasks) {
        if (lastItem != -1 && t.itemId != lastItem)
            ++index;
        lastItem = t.itemId;
        const QString text = t.model == QLatin1String(kDemoTerseModel) ? examples[index].response
                                                                       : chatty(examples, index);
        if (Status s = campaigns.storeAnswer(t.itemId, t.model, text); !s)
            return s;
    }
    return tx.commit();
}

} // namespace fw::demo
