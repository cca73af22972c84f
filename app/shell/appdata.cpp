#include "appdata.h"

#include "common/datafile.h"

namespace calfatlas::app {

AppData AppData::load(const QString &anatomyFile)
{
    AppData data;
    try {
        data.references = References::builtIn();
    } catch (const DataFileException &error) {
        data.problems.append(error.error().message());
        return data; // everything else cites the references
    }
    // Each file is loaded on its own, so one broken file leaves the rest of the app working.
    try {
        data.selfTest = assessment::SelfTestContent::builtIn(data.references);
    } catch (const DataFileException &error) {
        data.problems.append(error.error().message());
    }
    try {
        data.anatomy = anatomyFile.isEmpty() ? anatomy::KnowledgeBase::builtIn(data.references)
                                             : anatomy::KnowledgeBase::load(anatomyFile, data.references);
    } catch (const DataFileException &error) {
        data.problems.append(error.error().message());
    }
    if (data.anatomy) {
        try {
            data.learn = learn::LearnContent::builtIn(data.references, *data.anatomy);
        } catch (const DataFileException &error) {
            data.problems.append(error.error().message());
        }
    }
    return data;
}

} // namespace calfatlas::app
