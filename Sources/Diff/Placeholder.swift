import Emit
