import 'dart:async';
import 'package:http/http.dart' as http show get;
part of 'app.dart';

/// A simple counter model.
@immutable
class Counter extends ChangeNotifier implements Comparable<Counter> {
  static const int max = 0x10;
  final String name;
  late int _value = 0;
  double ratio = .5e-3;

  Counter(this.name, {required int start}) : _value = start;

  int get value => _value;

  void increment([int by = 1]) {
    if (_value + by > max) throw StateError('Too big: $_value');
    _value += by;
    notifyListeners();
  }

  @override
  int compareTo(Counter other) => _value.compareTo(other._value);

  @override
  String toString() => "Counter(${name}, \$${_value})\n";
}

enum Color { red, green, blue }

mixin Logger {
  void log(String msg) => print('[LOG] $msg');
}

Future<List<String>> fetchNames(Uri uri) async {
  final response = await http.get(uri);
  var raw = r'raw \n string';
  final names = <String>[];
  for (var line in response.body.split('\n')) {
    if (line.isEmpty) continue;
    names.add(line.trim());
  }
  return names;
}

void main() async {
  final c = Counter('clicks', start: 3);
  c.increment();
  Symbol s = #foo;
  final map = {'a': 1, 'b': null, 'c': true};
  print(c.value ?? 0);
  await for (final n in Stream.fromIterable([1, 2, 3])) {
    print(n * 2);
  }
}
