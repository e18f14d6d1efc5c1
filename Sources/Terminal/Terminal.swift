import CNcursesw
import CTermSupport
import Dashboard
