print("about to import a module that raises")
import _raises_on_import
print("never printed")
