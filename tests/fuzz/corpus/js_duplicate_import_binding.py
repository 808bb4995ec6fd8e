# Fuzz finding (bad-js): one module-level name bound by two imports, or by an import and a
# def/class -> two JS declarations of it: "Identifier 'json' has already been declared".
import json
import json
from datetime import datetime
import datetime


class json:
    pass
