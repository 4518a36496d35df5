// Loading each model once, then one chat turn per prompt.
#include "feedback/ModelAnswers.h"

#include "models/RegisteredModel.h"

#include <map>
#include <memory>

namespace fw::feedback {

AnswerGenerator registeredModelAnswers(store::Workspace& workspace, ml::MlRuntime& engine,
                                       const ml::GenerationOptions& options)
{
    auto loaded = std::make_shared<std::map<QString, models::RegisteredModel>>();
    return
        [&workspace, &engine, options, loaded](const QString& model, const QString& prompt,
                                               const std::atomic_bool* cancel) -> Result<QString> {
            auto it = loaded->find(model);
            if (it == loaded->end()) {
                Result<models::RegisteredModel> m =
                    models::loadRegisteredModel(models::ModelStore(workspace), model, engine);
                if (!m)
                    return m.error();
                it = loaded->emplace(model, std::move(*m)).first;
            }
            const ml::GenerationResult r = it->second.model->generateChat(
                {ml::ChatMessage{QStringLiteral("user"), prompt}}, options, {}, cancel);
            if (r.error)
                return *r.error;
            return r.text.trimmed();
        };
}

} // namespace fw::feedback
